// The board as plain data: what a workshop produces, with no computed state.
// Every item has a stable id and a version that grows with each change.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nt {

using Id = std::uint64_t;
constexpr Id kNoId = 0;

// The board has a fixed logical size; the view letterboxes it into the window.
constexpr double kBoardWidth = 1920.0;
constexpr double kBoardHeight = 1080.0;

struct Vec2 {
    double x = 0;
    double y = 0;
    friend bool operator==(const Vec2&, const Vec2&) = default;
};

// Which half of a municipality bubble an actor sits in.
enum class Sector { Unassigned, Cultural, NonCultural };

enum class NoteKind { Strength, Weakness, Idea, Free };

struct Workshop {
    std::string title;
    std::string date;          // ISO 8601 day, e.g. "2026-11-23"
    std::string organisation;
    std::string whatWeDo;      // own practice: what do we do day to day
    std::string aim;           // ... with what aim
    std::string forWhom;       // ... and for whom
    std::string arenaIssue;    // the theme the arena analysis weighs partners around
    // Answers to the wrap-up reflection questions, by question id
    // (reflectionQuestionIds()); questions not answered yet are absent.
    std::map<std::string, std::string> reflections;
    friend bool operator==(const Workshop&, const Workshop&) = default;
};

struct Municipality {
    Id id = kNoId;
    std::uint64_t version = 1;
    std::string name;
    Vec2 centre;
    double radius = 150;
    std::uint32_t colour = 0x8FB8DEu;  // 0xRRGGBB
    bool own = false;
    friend bool operator==(const Municipality&, const Municipality&) = default;
};

// METHOD.md, arena analysis: how much an actor matters for the issue.
enum class Replaceability { Unset, Large, RatherLarge, RatherSmall, Small };
enum class Dependency { Unset, Large, RatherLarge, RatherSmall };

struct ArenaAssessment {
    std::string resources;       // power and resources it brings
    int importance = 0;          // 1–4; 0: not assessed
    Replaceability replaceability = Replaceability::Unset;
    std::string replaceableBy;   // ... and by whom
    Dependency dependency = Dependency::Unset;
    friend bool operator==(const ArenaAssessment&, const ArenaAssessment&) = default;
};

struct Actor {
    Id id = kNoId;
    std::uint64_t version = 1;
    std::string name;
    std::string type;            // id of an actor type in the catalogue
    Vec2 pos;
    Id municipality = kNoId;     // kNoId: outside every bubble
    Sector sector = Sector::Unassigned;
    ArenaAssessment arena;
    double rotation = 0;         // degrees, clockwise: turned to face a seat
    friend bool operator==(const Actor&, const Actor&) = default;
};

struct Note {
    Id id = kNoId;
    std::uint64_t version = 1;
    std::string text;
    NoteKind kind = NoteKind::Free;
    Vec2 pos;                    // centre of the note
    double rotation = 0;         // degrees, clockwise
    int fromPhone = 0;           // the device number of the phone that sent it; 0: written at the table
    bool pending = false;        // from a phone, waiting for the facilitator's approval
    friend bool operator==(const Note&, const Note&) = default;
};

// How partners would work together (METHOD.md: forms of collaboration).
enum class CollaborationForm { Unset, Consultation, AdHoc, Network };

// What a partner does in a combination (METHOD.md: roles).
enum class PartnerRole { Unset, Initiator, Carrier, Driver, Referrer, Supporter, KnowledgePartner };

struct MemberRole {
    Id actor = kNoId;
    PartnerRole role = PartnerRole::Unset;
    friend bool operator==(const MemberRole&, const MemberRole&) = default;
};

// Where a combination on the plenary's board comes from: a table of the
// room that sent it there (issue 17). An empty table: the board's own.
struct TableOrigin {
    std::string table;                   // the table's name
    Id id = kNoId;                       // the combination's id at that table
    std::vector<std::string> partners;   // its partners' names, as the table sent them
    friend bool operator==(const TableOrigin&, const TableOrigin&) = default;
};

// Actors from (preferably) different bubbles that could do something
// together, with the scenario the group imagines for them.
struct Combination {
    Id id = kNoId;
    std::uint64_t version = 1;
    std::string name;
    std::vector<Id> members;             // actor ids
    Vec2 cardPos;                        // centre of its card on the board
    std::vector<std::string> motives;    // ids from motiveIds()
    CollaborationForm form = CollaborationForm::Unset;
    Id origin = kNoId;                   // the strength or weakness note it starts from
    std::vector<std::string> targetGroups;
    std::vector<MemberRole> roles;       // at most one per member
    std::vector<Id> ideas;               // idea notes attached to its card
    std::string scenario;                // the project possibility, in a few lines
    bool followUp = false;               // chosen by the facilitator to take further
    bool toPlenary = false;              // a table sends it to the plenary of its room of tables
    TableOrigin fromTable;               // on the plenary: the table that sent it (members stay empty)
    friend bool operator==(const Combination&, const Combination&) = default;
};

struct Vote {
    Id id = kNoId;
    std::uint64_t version = 1;
    Id combination = kNoId;
    std::string voter;           // a seat or a device
    std::string at;              // ISO 8601 time the vote was cast
    friend bool operator==(const Vote&, const Vote&) = default;
};

struct VoteSettings {
    int votesPerVoter = 3;
    int capPerCombination = 0;   // 0: no cap
    bool resultsLive = true;     // false: the ranking stays hidden until the vote closes
    int seats = 6;               // places around the table, each with a tray of dots
    friend bool operator==(const VoteSettings&, const VoteSettings&) = default;
};

enum class VoteState { NotStarted, Open, Closed };

struct VoteSession {
    VoteState state = VoteState::NotStarted;
    VoteSettings settings;
    friend bool operator==(const VoteSession&, const VoteSession&) = default;
};

// An actor type the group added itself, on top of the catalogue.
struct CustomActorType {
    std::string id;
    std::string name;
    Sector sector = Sector::Cultural;
    std::uint32_t colour = 0x9AA5B1u;
    friend bool operator==(const CustomActorType&, const CustomActorType&) = default;
};

// The workshop programme (METHOD.md): phases in order, each with its time.
enum class PhaseKind { OwnPractice, Strengths, Weaknesses, Partners, Combinations, Scenarios, Vote, WrapUp, Custom };

struct Phase {
    Id id = kNoId;               // from the board's id space
    PhaseKind kind = PhaseKind::Custom;
    std::string title;           // empty: the kind's own title in the current language
    std::string prompt;          // empty: the kind's own prompt
    int durationSeconds = 600;
    bool skipped = false;
    friend bool operator==(const Phase&, const Phase&) = default;
};

// The phase timer. Times are seconds on the clock the app hands the core:
// monotonic while the app runs, anchored to the Unix epoch so that a board
// reopened later (after a crash, say) resumes with the right time left.
struct PhaseTimer {
    Id phase = kNoId;            // the current phase; kNoId: the workshop has not begun
    bool running = false;
    double elapsed = 0;          // seconds counted in this phase before `since`
    double since = 0;            // when it last started running (only meaningful while running)
    int extraSeconds = 0;        // added to this phase with +1 / +5 min
    friend bool operator==(const PhaseTimer&, const PhaseTimer&) = default;
};

struct Programme {
    std::vector<Phase> phases;
    PhaseTimer timer;
    friend bool operator==(const Programme&, const Programme&) = default;
};

// How the board faces the room: one side (a projector, a wall screen) or all
// sides (a table, with banners and keyboards facing the people around it).
enum class RoomLayout { Projector, Table };
enum class KeyboardLayout { Azerty, Qwerty };

struct DisplaySettings {
    RoomLayout layout = RoomLayout::Projector;
    KeyboardLayout keyboard = KeyboardLayout::Azerty;  // Belgian AZERTY by default
    double uiScale = 0;          // 0: follow the screen; otherwise 0.75–3
    friend bool operator==(const DisplaySettings&, const DisplaySettings&) = default;
};

// What the facilitator decided about notes from phones (issue: phones join).
struct PhoneNoteSettings {
    bool approveNotes = false;   // a phone's note waits (pending) until the facilitator lets it in
    bool hideNotes = false;      // notes from phones are not drawn on the board for now
    friend bool operator==(const PhoneNoteSettings&, const PhoneNoteSettings&) = default;
};

// One line of the room's vote as the plenary closed it: what a table keeps
// for its report.
struct RoomResultLine {
    std::string table;           // the table that sent the combination; empty: the plenary's own
    std::string name;
    int votes = 0;
    int rank = 1;                // equal counts share a rank
    friend bool operator==(const RoomResultLine&, const RoomResultLine&) = default;
};

struct Board {
    Workshop workshop;
    std::vector<Municipality> municipalities;
    std::vector<Actor> actors;
    std::vector<Note> notes;
    std::vector<Combination> combinations;
    std::vector<Vote> votes;
    VoteSession vote;
    std::vector<CustomActorType> customTypes;
    Programme programme;
    DisplaySettings display;
    PhoneNoteSettings phones;
    std::vector<RoomResultLine> roomResult;  // a table's copy of the room's closed vote
    Id nextId = 1;  // the next id to hand out

    friend bool operator==(const Board&, const Board&) = default;
};

// Lookup by id; nullptr when absent. Boards hold hundreds to a few thousand
// items, so a linear scan is cheaper than keeping an index in sync.
template <class T>
T* findById(std::vector<T>& items, Id id) {
    for (auto& item : items)
        if (item.id == id) return &item;
    return nullptr;
}
template <class T>
const T* findById(const std::vector<T>& items, Id id) {
    for (const auto& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

// The collection of a board that holds items of type T.
template <class T> std::vector<T>& itemsOf(Board& b);
template <> inline std::vector<Municipality>& itemsOf<Municipality>(Board& b) { return b.municipalities; }
template <> inline std::vector<Actor>& itemsOf<Actor>(Board& b) { return b.actors; }
template <> inline std::vector<Note>& itemsOf<Note>(Board& b) { return b.notes; }
template <> inline std::vector<Combination>& itemsOf<Combination>(Board& b) { return b.combinations; }
template <> inline std::vector<Vote>& itemsOf<Vote>(Board& b) { return b.votes; }

// What a board file holds, shared by the reader and the edits so that every
// save loads again. Texts in bytes; positions may sit a little off the board.
constexpr std::size_t kMaxNoteTextBytes = 10000;
constexpr std::size_t kMaxNameBytes = 500;
constexpr std::size_t kMaxMunicipalityNameBytes = 200;
constexpr double kMinCoordX = -kBoardWidth, kMaxCoordX = 2 * kBoardWidth;
constexpr double kMinCoordY = -kBoardHeight, kMaxCoordY = 2 * kBoardHeight;
constexpr double kMinRadius = 10, kMaxRadius = kBoardWidth;
// A combination's target groups: a few short tags (a scenario takes kMaxNoteTextBytes).
constexpr std::size_t kMaxTargetGroups = 20;
constexpr std::size_t kMaxTargetGroupBytes = 100;
// A table's copy of the room's vote: every table's gathered combinations.
constexpr std::size_t kMaxRoomResultLines = 64 * 20;
// The vote's settings (VoteSettings) stay within these.
constexpr int kMinVotesPerVoter = 1, kMaxVotesPerVoter = 20;
constexpr int kMaxCapPerCombination = 20;  // 0 is no cap
constexpr int kMinSeats = 1, kMaxSeats = 12;
// The programme.
constexpr std::size_t kMaxPhases = 40;
constexpr int kMaxPhaseSeconds = 8 * 3600;
constexpr double kMinUiScale = 0.75, kMaxUiScale = 3;
// Phone device numbers (PhoneLimits::maxDevices stays below).
constexpr int kMaxPhoneDevice = 100000;

// Cuts text to at most maxBytes without splitting a UTF-8 character.
std::string truncateUtf8(std::string text, std::size_t maxBytes);

// "#RRGGBB" (six hex digits, nothing else) to 0xRRGGBB.
std::optional<std::uint32_t> parseHexColour(std::string_view text);
// The first whole UTF-8 character of text ("É" of "École"), or "?" for none.
std::string firstCharacter(std::string_view text);

// The motives of METHOD.md, as stable ids (texts live in the translations as "motive.<id>").
const std::vector<std::string>& motiveIds();

const char* collaborationFormName(CollaborationForm f);
std::optional<CollaborationForm> collaborationFormFromName(const std::string& s);
const char* partnerRoleName(PartnerRole r);
std::optional<PartnerRole> partnerRoleFromName(const std::string& s);
const char* voteStateName(VoteState s);
std::optional<VoteState> voteStateFromName(const std::string& s);

const char* phaseKindName(PhaseKind k);
std::optional<PhaseKind> phaseKindFromName(const std::string& s);
const char* replaceabilityName(Replaceability r);
std::optional<Replaceability> replaceabilityFromName(const std::string& s);
const char* dependencyName(Dependency d);
std::optional<Dependency> dependencyFromName(const std::string& s);
const char* roomLayoutName(RoomLayout l);
std::optional<RoomLayout> roomLayoutFromName(const std::string& s);
const char* keyboardLayoutName(KeyboardLayout l);
std::optional<KeyboardLayout> keyboardLayoutFromName(const std::string& s);
// The wrap-up reflection questions of METHOD.md, as stable ids (texts in the
// translations as "reflection.<id>").
const std::vector<std::string>& reflectionQuestionIds();

const char* sectorName(Sector s);
std::optional<Sector> sectorFromName(const std::string& s);
const char* noteKindName(NoteKind k);
std::optional<NoteKind> noteKindFromName(const std::string& s);

}  // namespace nt
