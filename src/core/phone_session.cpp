// The rules for participants' phones: see phone_session.h.
#include "core/phone_session.h"

#include <algorithm>
#include <cmath>
#include <random>

#include "core/edits.h"
#include "core/note_slots.h"
#include "core/programme.h"
#include "core/vote_rules.h"

namespace nt {

using Json = nlohmann::json;

std::string randomHex(size_t bytes) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::random_device device;  // the kernel's random source on Linux (getrandom / /dev/urandom)
    std::string out;
    out.reserve(bytes * 2);
    for (size_t i = 0; i < bytes; ++i) {
        const unsigned byte = device() & 0xFFu;
        out += kHex[byte >> 4];
        out += kHex[byte & 0xFu];
    }
    return out;
}

bool sameSecret(std::string_view a, std::string_view b) {
    if (a.size() != b.size() || b.empty()) return false;
    unsigned char diff = 0;
    for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool TokenBucket::take(double now) {
    if (m_last < 0) m_last = now;
    if (now > m_last) {
        m_tokens = std::min(m_capacity, m_tokens + (now - m_last) * m_rate);
        m_last = now;
    }
    if (m_tokens < 1) return false;
    m_tokens -= 1;
    return true;
}

std::string deviceVoter(int device) { return "device-" + std::to_string(device); }

// [SECTION] Devices

PhoneSession::PhoneSession(std::string token, PhoneLimits limits) : m_token(std::move(token)), m_limits(limits) {}

PhoneSession::Device* PhoneSession::find(int device) {
    if (device < 1 || static_cast<size_t>(device) > m_devices.size()) return nullptr;
    return &m_devices[static_cast<size_t>(device) - 1];
}

JoinResult PhoneSession::join(std::string_view knownKey, std::string name, double now) {
    if (!knownKey.empty())
        for (const Device& d : m_devices)
            if (d.removed && sameSecret(knownKey, d.key)) return {JoinRefusal::Removed, {}, 0};
    if (const int known = deviceFor(knownKey)) {
        Device* d = find(known);
        d->name = std::move(name);
        d->lastSeen = now;
        return {JoinRefusal::None, d->key, d->id};
    }
    if (!m_joinOpen) return {JoinRefusal::Closed, {}, 0};
    if (m_devices.size() >= m_limits.maxDevices) return {JoinRefusal::Full, {}, 0};
    const int id = static_cast<int>(m_devices.size()) + 1;
    m_devices.push_back(Device{id, randomHex(16), std::move(name), TokenBucket(m_limits.burst, m_limits.perSecond),
                               TokenBucket(m_limits.readBurst, m_limits.readsPerSecond), now});
    return {JoinRefusal::None, m_devices.back().key, id};
}

int PhoneSession::deviceFor(std::string_view key) const {
    if (key.empty()) return 0;
    for (const Device& d : m_devices)
        if (!d.removed && sameSecret(key, d.key)) return d.id;
    return 0;
}

bool PhoneSession::remove(int device) {
    Device* d = find(device);
    if (!d || d->removed) return false;
    d->removed = true;
    d->name.clear();
    return true;
}

std::vector<PhoneSession::DeviceInfo> PhoneSession::devices(double now) const {
    std::vector<DeviceInfo> out;
    for (const Device& d : m_devices)
        if (!d.removed) out.push_back({d.id, d.name, now - d.lastSeen <= m_limits.connectedWindow});
    return out;
}

std::string PhoneSession::deviceName(int device) const {
    if (device < 1 || static_cast<size_t>(device) > m_devices.size()) return {};
    return m_devices[static_cast<size_t>(device) - 1].name;
}

bool PhoneSession::allow(int device, double now, Use use) {
    Device* d = find(device);
    if (!d || d->removed) return false;
    d->lastSeen = std::max(d->lastSeen, now);
    return (use == Use::Read ? d->reads : d->writes).take(now);
}

bool PhoneSession::allowAddress(const std::string& address, double now) {
    // Forget addresses whose bucket has long been full again, so the map
    // stays small whoever knocks.
    if (m_addresses.size() > 4 * m_limits.maxDevices) m_addresses.clear();
    auto it = m_addresses.try_emplace(address, m_limits.burst, m_limits.perSecond).first;
    return it->second.take(now);
}

std::string newSessionCode() {
    static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";  // 32 signs
    std::random_device device;
    std::string code;
    for (int i = 0; i < 6; ++i) code += kAlphabet[device() % 32];
    return code;
}

PhoneSession::CodeCheck PhoneSession::checkCode(std::string_view candidate, double now) {
    if (!m_codeTries.take(now)) return CodeCheck::TooFast;
    std::string upper(candidate);
    for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return sameSecret(upper, m_code) ? CodeCheck::Right : CodeCheck::Wrong;
}

size_t PhoneSession::connected(double now) const {
    return static_cast<size_t>(std::count_if(m_devices.begin(), m_devices.end(), [&](const Device& d) {
        return !d.removed && now - d.lastSeen <= m_limits.connectedWindow;
    }));
}

// [SECTION] Requests

std::optional<std::string> cleanText(std::string_view text, size_t maxChars) {
    std::string out;
    out.reserve(text.size());
    size_t chars = 0;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u & 0xC0u) != 0x80u) ++chars;  // a code point starts here
        out += (u < 0x20u || u == 0x7Fu) ? ' ' : c;
    }
    const auto first = out.find_first_not_of(' ');
    if (first == std::string::npos) return std::string();
    out = out.substr(first, out.find_last_not_of(' ') - first + 1);
    if (chars > maxChars) return std::nullopt;
    return out;
}

namespace {

PhoneError badRequest(std::string code, std::string message) { return PhoneError{400, std::move(code), std::move(message)}; }

// The body as a JSON object with only the allowed keys, or why not.
std::variant<Json, PhoneError> parseObject(std::string_view body, const PhoneLimits& limits,
                                           std::initializer_list<std::string_view> allowed) {
    if (body.size() > limits.maxBodyBytes)
        return PhoneError{413, "too-large", "the request body is larger than " + std::to_string(limits.maxBodyBytes) + " bytes"};
    Json j = Json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return badRequest("bad-json", "the body is not valid JSON (UTF-8)");
    if (!j.is_object()) return badRequest("bad-json", "the body must be a JSON object");
    for (const auto& [key, value] : j.items()) {
        (void)value;
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
            return badRequest("bad-field", "unknown field '" + key.substr(0, 40) + "'");
    }
    return j;
}

std::variant<std::string, PhoneError> textField(const Json& j, const char* key, size_t maxChars, bool required) {
    if (!j.contains(key)) {
        if (required) return badRequest("bad-field", std::string("'") + key + "' is missing");
        return std::string();
    }
    if (!j[key].is_string()) return badRequest("bad-field", std::string("'") + key + "' must be a string");
    auto text = cleanText(j[key].get_ref<const std::string&>(), maxChars);
    if (!text) return badRequest("text-too-long", std::string("'") + key + "' is longer than " + std::to_string(maxChars) + " characters");
    return *text;
}

}  // namespace

std::variant<JoinRequest, PhoneError> parseJoin(std::string_view body, const PhoneLimits& limits) {
    auto j = parseObject(body, limits, {"name"});
    if (auto* e = std::get_if<PhoneError>(&j)) return *e;
    auto name = textField(std::get<Json>(j), "name", limits.maxNameChars, false);
    if (auto* e = std::get_if<PhoneError>(&name)) return *e;
    return JoinRequest{std::get<std::string>(name)};
}

std::variant<NoteRequest, PhoneError> parseNote(std::string_view body, const PhoneLimits& limits) {
    auto parsed = parseObject(body, limits, {"kind", "text"});
    if (auto* e = std::get_if<PhoneError>(&parsed)) return *e;
    const Json& j = std::get<Json>(parsed);
    if (!j.contains("kind") || !j["kind"].is_string()) return badRequest("bad-kind", "'kind' must be strength, weakness or idea");
    const auto kind = noteKindFromName(j["kind"].get<std::string>());
    if (!kind || *kind == NoteKind::Free) return badRequest("bad-kind", "'kind' must be strength, weakness or idea");
    auto text = textField(j, "text", limits.maxNoteChars, true);
    if (auto* e = std::get_if<PhoneError>(&text)) return *e;
    if (std::get<std::string>(text).empty()) return badRequest("empty-text", "the note is empty");
    return NoteRequest{*kind, std::get<std::string>(text)};
}

std::variant<VoteRequest, PhoneError> parseVote(std::string_view body, const PhoneLimits& limits) {
    auto parsed = parseObject(body, limits, {"combination"});
    if (auto* e = std::get_if<PhoneError>(&parsed)) return *e;
    const Json& j = std::get<Json>(parsed);
    if (!j.contains("combination") || !j["combination"].is_number_unsigned() || j["combination"].get<std::uint64_t>() == 0)
        return badRequest("bad-field", "'combination' must be a combination id");
    return VoteRequest{j["combination"].get<Id>()};
}

// [SECTION] Requests as board commands

PhoneOutcome phoneAddNote(const Board& board, Id id, int device, const NoteRequest& request) {
    PhoneOutcome out;
    out.status = 201;
    Note note;
    note.id = id;
    note.kind = request.kind;
    note.pos = freeNoteSlot(board, request.kind);
    note.text = request.text;
    note.fromPhone = device;
    note.pending = board.phones.approveNotes;
    out.command = std::make_unique<AddItem<Note>>(std::move(note));
    out.reply = Json{{"note", id}, {"pending", board.phones.approveNotes}};
    return out;
}

namespace {

// `change`: what the vote does to the voter's count once applied (+1, -1).
PhoneOutcome voteOutcome(const Board& board, const std::string& voter, VoteOutcome vote, int change) {
    PhoneOutcome out;
    switch (vote.refusal) {
        case VoteRefusal::None: break;
        case VoteRefusal::NotOpen: out.status = 409; out.reply = Json{{"error", "vote-not-open"}}; break;
        case VoteRefusal::NoSuchCombination: out.status = 404; out.reply = Json{{"error", "no-such-combination"}}; break;
        case VoteRefusal::NoVotesLeft: out.status = 409; out.reply = Json{{"error", "no-votes-left"}}; break;
        case VoteRefusal::CombinationFull: out.status = 409; out.reply = Json{{"error", "combination-full"}}; break;
        case VoteRefusal::NothingToTakeBack: out.status = 409; out.reply = Json{{"error", "nothing-to-take-back"}}; break;
    }
    const int cast = votesCast(board, voter) + (vote ? change : 0);
    if (vote) {
        out.command = std::move(vote.command);
        out.reply = Json::object();
    }
    out.reply["votesLeft"] = std::max(0, board.vote.settings.votesPerVoter - cast);
    return out;
}

}  // namespace

PhoneOutcome phoneCastVote(const Board& board, Id voteId, int device, const VoteRequest& request, std::string at) {
    const std::string voter = deviceVoter(device);
    return voteOutcome(board, voter, castVote(board, voteId, voter, request.combination, std::move(at)), +1);
}

PhoneOutcome phoneRetractVote(const Board& board, int device, const VoteRequest& request) {
    const std::string voter = deviceVoter(device);
    return voteOutcome(board, voter, retractVote(board, voter, request.combination), -1);
}

// [SECTION] What phones see

PhoneSnapshot buildPhoneSnapshot(const Board& board, const Translations& tr, double now, std::uint64_t version,
                                 bool joinOpen) {
    PhoneSnapshot s;
    s.version = version;
    s.votesPerVoter = board.vote.settings.votesPerVoter;
    Json j{{"version", version}, {"joinOpen", joinOpen}, {"title", board.workshop.title}};
    if (const Phase* phase = currentPhase(board.programme)) {
        j["phase"] = Json{{"title", phaseTitle(*phase, tr)}, {"prompt", phasePrompt(*phase, tr)}};
        s.timeLeft = timeLeft(board.programme, now);
        s.running = board.programme.timer.running;
    } else {
        j["phase"] = nullptr;
    }
    const VoteSession& vote = board.vote;
    const bool resultsShown = vote.state == VoteState::Closed || (vote.state == VoteState::Open && vote.settings.resultsLive);
    Json v{{"state", voteStateName(vote.state)},
           {"votesPerVoter", vote.settings.votesPerVoter},
           {"capPerCombination", vote.settings.capPerCombination},
           {"resultsShown", resultsShown},
           {"combinations", Json::array()}};
    if (vote.state != VoteState::NotStarted) {
        for (const Combination& c : board.combinations) {
            Json item{{"id", c.id}, {"name", c.name}};
            if (!c.fromTable.table.empty()) item["table"] = c.fromTable.table;
            if (resultsShown) item["votes"] = votesFor(board, c.id);
            v["combinations"].push_back(std::move(item));
        }
    }
    j["vote"] = std::move(v);
    s.shared = j.dump();
    for (const Vote& vt : board.votes)
        if (vt.voter.rfind("device-", 0) == 0) s.votesByVoter[vt.voter].push_back(vt.combination);
    for (const Note& n : board.notes) {
        if (n.fromPhone == 0) continue;
        Json& mine = s.notesByDevice[n.fromPhone];
        if (mine.is_null()) mine = Json::array();
        mine.push_back(Json{{"id", n.id}, {"kind", noteKindName(n.kind)}, {"text", n.text}, {"pending", n.pending}});
    }
    return s;
}

std::string phoneStateJson(const PhoneSnapshot& snapshot, int device, const std::string& name, double age) {
    const auto it = snapshot.votesByVoter.find(deviceVoter(device));
    const std::vector<Id> mine = it == snapshot.votesByVoter.end() ? std::vector<Id>{} : it->second;
    const auto notes = snapshot.notesByDevice.find(device);
    const Json you{{"device", device},
                   {"name", name},
                   {"votes", mine},
                   {"votesLeft", std::max(0, snapshot.votesPerVoter - static_cast<int>(mine.size()))},
                   {"notes", notes == snapshot.notesByDevice.end() ? Json::array() : notes->second}};
    std::string out = snapshot.shared;
    if (out.size() < 2 || out.back() != '}') return out;
    out.pop_back();
    out += ",\"timeLeft\":";
    if (snapshot.timeLeft) {
        const double left = *snapshot.timeLeft - (snapshot.running ? std::max(0.0, age) : 0.0);
        out += std::to_string(static_cast<long>(std::floor(left)));
    } else {
        out += "null";
    }
    out += ",\"running\":";
    out += snapshot.running ? "true" : "false";
    out += ",\"you\":";
    out += you.dump();
    out += '}';
    return out;
}

}  // namespace nt
