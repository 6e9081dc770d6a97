// The recently opened boards, kept in a small JSON file.
#include "core/recent_list.h"

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "core/atomic_file.h"
#include "core/board_file.h"

namespace nt {

namespace {

constexpr const char* kRecentType = "netwerktafel-recent";

std::string normalPath(const std::string& path) {
    return std::filesystem::path(path).lexically_normal().string();
}

}  // namespace

RecentList RecentList::load(const std::string& file) {
    RecentList list;
    std::error_code ec;
    if (!std::filesystem::exists(std::filesystem::symlink_status(file, ec))) return list;
    std::string text;
    try {
        text = readTextFile(file, kMaxFileBytes);
    } catch (const LoadError& e) {
        list.m_problem = e.what();
        list.m_setAside = true;
        return list;
    }
    const nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    const auto boards = doc.is_object() ? doc.find("boards") : doc.end();
    if (doc.is_discarded() || !doc.is_object() || doc.value("type", "") != kRecentType || boards == doc.end() ||
        !boards->is_array()) {
        list.m_problem = file + ": not a list of recent boards";
        list.m_setAside = true;
        return list;
    }
    // Entries that are not text are skipped; the rest still count.
    for (auto it = boards->rbegin(); it != boards->rend(); ++it)
        if (it->is_string()) list.add(it->get<std::string>());
    // Skipped or doubled entries are dropped from the file at the next save.
    if (list.m_paths.size() == boards->size()) {
        list.m_onDisk = list.m_paths;
        list.m_onDiskFile = file;
    }
    return list;
}

void RecentList::add(const std::string& path) {
    if (path.empty()) return;
    const std::string p = normalPath(path);
    remove(p);
    m_paths.insert(m_paths.begin(), p);
    if (m_paths.size() > kMaxEntries) m_paths.resize(kMaxEntries);
}

void RecentList::remove(const std::string& path) {
    const std::string p = normalPath(path);
    std::erase_if(m_paths, [&](const std::string& q) { return q == p; });
}

void RecentList::save(const std::string& file) {
    if (m_onDisk == m_paths && m_onDiskFile == file) return;
    if (m_setAside) {
        // The broken file may hold what someone wants back; it is kept once.
        std::error_code ec;
        std::filesystem::rename(file, file + ".broken", ec);
        if (ec && std::filesystem::exists(file, ec))
            throw SaveError(file + ": cannot keep the unreadable list aside before writing a new one");
        m_setAside = false;
    }
    // The state folder may not exist on a fresh machine.
    std::error_code ec;
    const std::filesystem::path parent = std::filesystem::path(file).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    nlohmann::json doc{{"type", kRecentType}, {"version", 1}, {"boards", m_paths}};
    writeFileAtomically(file, doc.dump(2) + "\n");
    m_onDisk = m_paths;
    m_onDiskFile = file;
}

}  // namespace nt
