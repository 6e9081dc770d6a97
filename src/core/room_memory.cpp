// Which room each board was in: see room_memory.h.
#include "core/room_memory.h"

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "core/atomic_file.h"
#include "core/board_file.h"
#include "core/room_messages.h"

namespace nt {

namespace {

constexpr const char* kRoomsType = "netwerktafel-rooms";

std::string normalPath(const std::string& path) { return std::filesystem::path(path).lexically_normal().string(); }

// A remembered room as the app could join it again, or nothing.
std::optional<RememberedRoom> readRoom(const nlohmann::json& j) {
    if (!j.is_object()) return std::nullopt;
    RememberedRoom r;
    const auto text = [&](const char* key, std::string& out, size_t max) {
        const auto it = j.find(key);
        if (it == j.end() || !it->is_string() || it->get<std::string>().size() > max) return false;
        out = it->get<std::string>();
        return true;
    };
    const auto port = j.find("port"), hosted = j.find("hosted"), since = j.find("since");
    if (!text("host", r.host, 253) || !text("code", r.code, 64) || !text("table", r.table, room::kMaxTableName) ||
        port == j.end() || !port->is_number_integer() || hosted == j.end() || !hosted->is_boolean() ||
        since == j.end() || !since->is_number())
        return std::nullopt;
    r.since = since->get<double>();
    const long long p = port->get<long long>();
    if (p < 1 || p > 65535) return std::nullopt;
    r.port = static_cast<int>(p);
    r.hosted = hosted->get<bool>();
    if (r.host.empty() || r.code.empty() ||
        (!r.table.empty() && !room::validTableName(r.table)) || (r.hosted && !r.table.empty()))
        return std::nullopt;
    return r;
}

}  // namespace

RoomMemory RoomMemory::load(const std::string& file) {
    RoomMemory memory;
    std::error_code ec;
    if (!std::filesystem::exists(std::filesystem::symlink_status(file, ec))) return memory;
    std::string text;
    try {
        text = readTextFile(file, kMaxFileBytes);
    } catch (const LoadError&) {
        memory.m_setAside = true;
        return memory;
    }
    const nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    const bool object = !doc.is_discarded() && doc.is_object();
    const auto type = object ? doc.find("type") : doc.end();
    const auto boards = object ? doc.find("boards") : doc.end();
    if (!object || type == doc.end() || !type->is_string() || type->get<std::string>() != kRoomsType ||
        boards == doc.end() || !boards->is_array()) {
        memory.m_setAside = true;
        return memory;
    }
    for (const nlohmann::json& entry : *boards) {  // oldest first
        if (!entry.is_object()) continue;
        const auto board = entry.find("board"), room = entry.find("room");
        if (board == entry.end() || !board->is_string() || room == entry.end()) continue;
        if (const auto remembered = readRoom(*room)) memory.remember(board->get<std::string>(), *remembered);
    }
    return memory;
}

std::optional<RememberedRoom> RoomMemory::of(const std::string& boardPath) const {
    const auto it = m_rooms.find(normalPath(boardPath));
    if (it == m_rooms.end()) return std::nullopt;
    return it->second;
}

std::optional<RememberedRoom> RoomMemory::recent(const std::string& boardPath, double now) const {
    std::optional<RememberedRoom> room = of(boardPath);
    if (room && (now - room->since >= kForgetAfter || room->since > now + 60)) return std::nullopt;
    return room;
}

void RoomMemory::remember(const std::string& boardPath, RememberedRoom room) {
    if (boardPath.empty()) return;
    const std::string p = normalPath(boardPath);
    m_rooms[p] = std::move(room);
    m_order[p] = m_next++;
    while (m_rooms.size() > kMaxBoards) {
        const auto oldest = std::min_element(m_order.begin(), m_order.end(),
                                             [](const auto& a, const auto& b) { return a.second < b.second; });
        m_rooms.erase(oldest->first);
        m_order.erase(oldest);
    }
}

void RoomMemory::forget(const std::string& boardPath) {
    const std::string p = normalPath(boardPath);
    m_rooms.erase(p);
    m_order.erase(p);
}

void RoomMemory::save(const std::string& file) {
    std::error_code ec;
    if (m_setAside) {
        std::filesystem::rename(file, file + ".broken", ec);
        if (ec && std::filesystem::exists(file, ec))
            throw SaveError(file + ": cannot keep the unreadable file aside before writing a new one");
        m_setAside = false;
    }
    const std::filesystem::path parent = std::filesystem::path(file).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    std::vector<std::pair<long, std::string>> order;
    for (const auto& [path, when] : m_order) order.emplace_back(when, path);
    std::sort(order.begin(), order.end());
    nlohmann::json boards = nlohmann::json::array();
    for (const auto& [when, path] : order) {
        const RememberedRoom& r = m_rooms.at(path);
        boards.push_back({{"board", path},
                          {"room", {{"host", r.host}, {"port", r.port}, {"code", r.code}, {"table", r.table}, {"hosted", r.hosted}, {"since", r.since}}}});
    }
    writeFileAtomically(file, nlohmann::json{{"type", kRoomsType}, {"version", 1}, {"boards", boards}}.dump(2) + "\n");
}

}  // namespace nt
