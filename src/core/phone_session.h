// The rules for participants' phones, pure and headless: the secret session
// token, the devices that joined, joining open or closed, the per-device
// rate limit, the caps on bodies and texts, the validation of request JSON,
// the translation of a request into a board command (through the same vote
// rules as the table) and the snapshot a phone may see. Time comes in as
// `now` (seconds on any monotonic clock); nothing here reads a clock.
// The HTTP server (src/net) only wires these to sockets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/commands.h"
#include "core/translations.h"

namespace nt {

struct PhoneLimits {
    size_t maxBodyBytes = 4096;      // a request body; more is refused (413)
    size_t maxNoteChars = 200;       // characters (code points) in a note
    size_t maxNameChars = 40;        // in a first name
    double burst = 10;               // writes (notes, votes) a device may make at once ...
    double perSecond = 4;            // ... and then this many per second; also joins per address
    // Reads of the state have their own, larger budget: a phone polls every
    // 2 s, and an unchanged board answers with a bodiless 304 from a snapshot
    // the main loop already built, so reads cost the board nothing. It still
    // stops one phone from hammering: 500 devices at this rate (12,500/s) are
    // about what the server answers on 2 cores (docs/benchmarks.md).
    double readBurst = 50;
    double readsPerSecond = 25;
    size_t maxDevices = 500;         // a room, not the internet
    double connectedWindow = 15;     // a phone counts as connected this long after its last request
};

// `bytes` random bytes (std::random_device) as lowercase hex.
std::string randomHex(size_t bytes);
// Compares two secrets in time that does not depend on where they differ.
bool sameSecret(std::string_view a, std::string_view b);

// A token bucket: `capacity` requests at once, refilled at `perSecond`.
class TokenBucket {
public:
    TokenBucket(double capacity, double perSecond) : m_capacity(capacity), m_rate(perSecond), m_tokens(capacity) {}
    // Takes one token if there is one; time only moves forward.
    bool take(double now);

private:
    double m_capacity;
    double m_rate;
    double m_tokens;
    double m_last = -1;
};

// "device-<id>": the voter id a phone's votes carry in the board file.
std::string deviceVoter(int device);

enum class JoinRefusal { None, Closed, Full, Removed };

struct JoinResult {
    JoinRefusal refusal = JoinRefusal::None;
    std::string key;   // the device cookie: secret, 128 bits, hex
    int device = 0;    // the public, small device number
};

// The devices of one workshop session. Not thread-safe: the server guards it.
class PhoneSession {
public:
    explicit PhoneSession(std::string token, PhoneLimits limits = {});

    const std::string& token() const { return m_token; }
    const PhoneLimits& limits() const { return m_limits; }
    bool tokenMatches(std::string_view candidate) const { return sameSecret(candidate, m_token); }

    // A new device, or (with the key of a device that joined before) that
    // device again under its new name; rejoining works while joining is
    // closed. The key of a removed device is refused (Removed).
    JoinResult join(std::string_view knownKey, std::string name, double now);
    // The device behind a cookie, or 0.
    int deviceFor(std::string_view key) const;
    std::string deviceName(int device) const;
    // One request by this device: false when it exceeds its rate (429).
    // Reads and writes are counted apart (see PhoneLimits).
    enum class Use { Read, Write };
    bool allow(int device, double now, Use use);
    // Requests from a remote address that has no device yet (joining): the
    // same rate per address, so no one floods the join.
    bool allowAddress(const std::string& address, double now);

    // The short code for phones that type the address instead of scanning:
    // it buys the token. Wrong codes are limited for the whole session (a
    // burst of 5, then one every 2 s), so guessing takes years.
    enum class CodeCheck { Right, Wrong, TooFast };
    void setCode(std::string code) { m_code = std::move(code); }
    const std::string& code() const { return m_code; }
    CodeCheck checkCode(std::string_view candidate, double now);

    // The facilitator removes a device: its cookie stops working at once
    // (every call answers 401, joining again with it is refused), its name
    // is forgotten, and its number is never given to another phone.
    bool remove(int device);
    struct DeviceInfo {
        int device = 0;
        std::string name;
        bool connected = false;
    };
    // The devices not removed, in the order they joined.
    std::vector<DeviceInfo> devices(double now) const;

    void setJoinOpen(bool open) { m_joinOpen = open; }
    bool joinOpen() const { return m_joinOpen; }
    size_t deviceCount() const { return m_devices.size(); }
    // Devices that made a request in the last connectedWindow seconds.
    size_t connected(double now) const;

private:
    struct Device {
        int id = 0;
        std::string key;
        std::string name;
        TokenBucket writes;
        TokenBucket reads;
        double lastSeen = 0;
        bool removed = false;
    };
    Device* find(int device);

    std::string m_token;
    PhoneLimits m_limits;
    bool m_joinOpen = true;
    std::vector<Device> m_devices;            // id = index + 1
    std::map<std::string, TokenBucket> m_addresses;
    std::string m_code;
    TokenBucket m_codeTries{5, 0.5};
};

// What the board shows about the phones (the join card).
struct PhoneStatus {
    std::string joinUrl;   // what the QR code holds
    std::string shortUrl;  // to type: http://192.168.1.20:8080/
    std::string code;      // the short session code
    size_t connected = 0;
    bool joinOpen = true;
    std::vector<PhoneSession::DeviceInfo> devices;  // joined and not removed
};

// [SECTION] Requests

struct PhoneError {
    int status = 400;
    std::string code;      // a stable word the page translates: "bad-json", "text-too-long" ...
    std::string message;   // English, for people reading logs and curl output
};

struct JoinRequest {
    std::string name;      // trimmed; may be empty (anonymous)
};
struct NoteRequest {
    NoteKind kind = NoteKind::Strength;
    std::string text;
};
struct VoteRequest {
    Id combination = kNoId;
};

// A text as a phone may send it: valid UTF-8 (checked by the JSON parser),
// control characters turned into spaces, runs of spaces kept, trimmed; empty
// optional when longer than maxChars code points.
std::optional<std::string> cleanText(std::string_view text, size_t maxChars);

// Each parses a request body: a JSON object with exactly the fields it
// knows, of the right types, within the caps.
std::variant<JoinRequest, PhoneError> parseJoin(std::string_view body, const PhoneLimits& limits);
std::variant<NoteRequest, PhoneError> parseNote(std::string_view body, const PhoneLimits& limits);
std::variant<VoteRequest, PhoneError> parseVote(std::string_view body, const PhoneLimits& limits);

// [SECTION] Requests as board commands

struct PhoneOutcome {
    int status = 200;
    nlohmann::json reply;  // the JSON body for the phone
    CommandPtr command;    // apply with Record::No (not the facilitator's undo); null when refused
};

// A note from device `device`: a new note with id `id` where the tray would
// put it, marked as the phone's (fromPhone). While the facilitator approves
// phone notes it waits (pending) in the inbox, in the slot it will take.
PhoneOutcome phoneAddNote(const Board& board, Id id, int device, const NoteRequest& request);
// A vote through the table's rules (budget per device, cap, open vote).
PhoneOutcome phoneCastVote(const Board& board, Id voteId, int device, const VoteRequest& request, std::string at);
PhoneOutcome phoneRetractVote(const Board& board, int device, const VoteRequest& request);

// [SECTION] What phones see

// The part every phone sees, published by the main loop after each change.
struct PhoneSnapshot {
    std::uint64_t version = 0;
    std::string shared;                                  // a JSON object, serialised
    std::optional<double> timeLeft;                      // seconds left in the phase when built; negative: overtime
    bool running = false;                                // the phase timer counts down
    int votesPerVoter = 0;
    std::map<std::string, std::vector<Id>> votesByVoter; // device voters only
    std::map<int, nlohmann::json> notesByDevice;         // each phone's own notes: id, kind, text, pending
};

// The current phase (title, prompt, seconds left at `now`, running or
// not), the vote (state, combinations with names while it is open or
// closed, counts only when results are live or the vote is closed) and
// whether joining is open.
PhoneSnapshot buildPhoneSnapshot(const Board& board, const Translations& tr, double now, std::uint64_t version,
                                 bool joinOpen);
// The snapshot as one device sees it `age` seconds after it was built: the
// shared part, "timeLeft" (whole seconds, or null without a phase) and
// "you" (device number, name, votes left, the combinations it voted on,
// its own notes still on the board, with whether they wait).
std::string phoneStateJson(const PhoneSnapshot& snapshot, int device, const std::string& name, double age = 0);

// The short session code typed on a phone that could not scan the QR code:
// six letters and digits without look-alikes (0/O, 1/I), about 30 bits.
std::string newSessionCode();

}  // namespace nt
