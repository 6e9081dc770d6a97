// Board file reading (with migration from older formats) and canonical writing.
#include "core/board_file.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/board_migrate.h"
#include "core/version.h"

namespace nt {

using Json = nlohmann::ordered_json;

// [SECTION] Writing

namespace {

std::string colourToHex(std::uint32_t rgb) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%06X", static_cast<unsigned>(rgb & 0xFFFFFFu));
    return buf;
}

Json vecToJson(Vec2 v) { return Json{{"x", v.x}, {"y", v.y}}; }

Json idOrNull(Id id) { return id == kNoId ? Json(nullptr) : Json(id); }

Json combinationToJson(const Combination& c) {
    Json roles = Json::array();
    for (const MemberRole& r : c.roles)
        if (r.role != PartnerRole::Unset) roles.push_back(Json{{"actor", r.actor}, {"role", partnerRoleName(r.role)}});
    return Json{{"id", c.id},
                {"version", c.version},
                {"name", c.name},
                {"members", c.members},
                {"cardPosition", vecToJson(c.cardPos)},
                {"motives", c.motives},
                {"form", collaborationFormName(c.form)},
                {"origin", idOrNull(c.origin)},
                {"targetGroups", c.targetGroups},
                {"roles", std::move(roles)},
                {"ideas", c.ideas},
                {"scenario", c.scenario},
                {"followUp", c.followUp}};
}

}  // namespace

std::string boardToJsonText(const Board& b) {
    Json board;
    board["workshop"] = Json{
        {"title", b.workshop.title},
        {"date", b.workshop.date},
        {"organisation", b.workshop.organisation},
        {"ownPractice", Json{{"whatWeDo", b.workshop.whatWeDo}, {"aim", b.workshop.aim}, {"forWhom", b.workshop.forWhom}}},
    };
    board["nextId"] = b.nextId;
    board["municipalities"] = Json::array();
    for (const auto& m : b.municipalities)
        board["municipalities"].push_back(Json{{"id", m.id}, {"version", m.version}, {"name", m.name},
                                               {"centre", vecToJson(m.centre)}, {"radius", m.radius},
                                               {"colour", colourToHex(m.colour)}, {"own", m.own}});
    board["actors"] = Json::array();
    for (const auto& a : b.actors)
        board["actors"].push_back(Json{{"id", a.id}, {"version", a.version}, {"name", a.name}, {"type", a.type},
                                       {"position", vecToJson(a.pos)}, {"municipality", idOrNull(a.municipality)},
                                       {"sector", sectorName(a.sector)}});
    board["notes"] = Json::array();
    for (const auto& n : b.notes)
        board["notes"].push_back(Json{{"id", n.id}, {"version", n.version}, {"kind", noteKindName(n.kind)},
                                      {"text", n.text}, {"position", vecToJson(n.pos)}, {"rotation", n.rotation}});
    board["combinations"] = Json::array();
    for (const auto& c : b.combinations) board["combinations"].push_back(combinationToJson(c));
    board["votes"] = Json::array();
    for (const auto& v : b.votes)
        board["votes"].push_back(Json{{"id", v.id}, {"version", v.version}, {"combination", v.combination},
                                      {"voter", v.voter}, {"at", v.at}});
    const VoteSettings& vs = b.vote.settings;
    board["vote"] = Json{{"state", voteStateName(b.vote.state)}, {"votesPerVoter", vs.votesPerVoter},
                         {"capPerCombination", vs.capPerCombination}, {"resultsLive", vs.resultsLive},
                         {"seats", vs.seats}};
    board["customActorTypes"] = Json::array();
    for (const auto& t : b.customTypes)
        board["customActorTypes"].push_back(Json{
            {"id", t.id}, {"name", t.name}, {"sector", sectorName(t.sector)}, {"colour", colourToHex(t.colour)}});

    Json envelope{{"type", kBoardFileType}, {"formatVersion", kBoardFormatVersion}, {"appVersion", kAppVersion},
                  {"board", std::move(board)}};
    // Broken UTF-8 (never typed, but never trusted either) becomes U+FFFD
    // instead of an exception that would lose the save.
    return envelope.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

// [SECTION] Reading

namespace {

// Reads typed fields out of parsed JSON, naming the JSON pointer of anything
// that is missing or of the wrong type.
class Reader {
public:
    explicit Reader(std::string source) : m_source(std::move(source)) {}

    [[noreturn]] void fail(const std::string& path, const std::string& what) const {
        throw LoadError(m_source + ": " + (path.empty() ? "/" : path) + ": " + what);
    }

    const Json& field(const Json& obj, const std::string& path, const char* key) const {
        if (!obj.is_object()) fail(path, std::string("expected an object, found ") + typeName(obj));
        auto it = obj.find(key);
        if (it == obj.end()) fail(path + "/" + key, "missing");
        return *it;
    }

    std::string str(const Json& obj, const std::string& path, const char* key, std::size_t maxLen = 10000) const {
        const Json& v = field(obj, path, key);
        if (!v.is_string()) fail(path + "/" + key, std::string("expected text, found ") + typeName(v));
        auto s = v.get<std::string>();
        if (s.size() > maxLen) fail(path + "/" + key, "text longer than " + std::to_string(maxLen) + " bytes");
        return s;
    }

    double num(const Json& obj, const std::string& path, const char* key, double lo, double hi) const {
        const Json& v = field(obj, path, key);
        if (!v.is_number()) fail(path + "/" + key, std::string("expected a number, found ") + typeName(v));
        const double d = v.get<double>();
        if (!std::isfinite(d) || d < lo || d > hi)
            fail(path + "/" + key, "number out of range (" + fmt(lo) + " to " + fmt(hi) + ")");
        return d;
    }

    std::uint64_t id(const Json& obj, const std::string& path, const char* key) const {
        return idValue(field(obj, path, key), path + "/" + key);
    }

    std::uint64_t idValue(const Json& v, const std::string& path) const {
        if (v.is_number_unsigned() && v.get<std::uint64_t>() > 0) return v.get<std::uint64_t>();
        if (v.is_number_integer() && v.get<std::int64_t>() > 0) return static_cast<std::uint64_t>(v.get<std::int64_t>());
        if (v.is_number_integer()) fail(path, "must be 1 or more, found " + v.dump());
        if (v.is_number()) fail(path, "expected a whole number, found " + v.dump());
        fail(path, std::string("expected a whole number of 1 or more, found ") + typeName(v));
    }

    int integer(const Json& obj, const std::string& path, const char* key, int lo, int hi) const {
        const Json& v = field(obj, path, key);
        if (!v.is_number_integer())
            fail(path + "/" + key, "expected a whole number, found " + (v.is_number() ? v.dump() : typeName(v)));
        // Unsigned first: a huge unsigned number would wrap to a negative int64.
        const bool inRange = v.is_number_unsigned() ? v.get<std::uint64_t>() <= static_cast<std::uint64_t>(hi) &&
                                                          static_cast<std::int64_t>(v.get<std::uint64_t>()) >= lo
                                                    : v.get<std::int64_t>() >= lo && v.get<std::int64_t>() <= hi;
        if (!inRange)
            fail(path + "/" + key, "number out of range (" + std::to_string(lo) + " to " + std::to_string(hi) + ")");
        return static_cast<int>(v.get<std::int64_t>());
    }

    // A list of distinct texts, each at most maxLen bytes.
    std::vector<std::string> texts(const Json& obj, const std::string& path, const char* key, std::size_t maxCount,
                                   std::size_t maxLen) const {
        const Json& list = array(obj, path, key);
        const std::string p = path + "/" + key;
        if (list.size() > maxCount) fail(p, "more than " + std::to_string(maxCount) + " entries");
        std::vector<std::string> out;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string ip = p + "/" + std::to_string(i);
            if (!list[i].is_string()) fail(ip, std::string("expected text, found ") + typeName(list[i]));
            auto s = list[i].get<std::string>();
            if (s.size() > maxLen) fail(ip, "text longer than " + std::to_string(maxLen) + " bytes");
            if (std::find(out.begin(), out.end(), s) != out.end()) fail(ip, "\"" + s + "\" appears twice");
            out.push_back(std::move(s));
        }
        return out;
    }

    bool boolean(const Json& obj, const std::string& path, const char* key) const {
        const Json& v = field(obj, path, key);
        if (!v.is_boolean()) fail(path + "/" + key, std::string("expected true or false, found ") + typeName(v));
        return v.get<bool>();
    }

    const Json& array(const Json& obj, const std::string& path, const char* key) const {
        const Json& v = field(obj, path, key);
        if (!v.is_array()) fail(path + "/" + key, std::string("expected a list, found ") + typeName(v));
        return v;
    }

    Vec2 vec(const Json& obj, const std::string& path, const char* key) const {
        const Json& v = field(obj, path, key);
        const std::string p = path + "/" + key;
        // Items may sit a little off the board, but not in another galaxy.
        return {num(v, p, "x", kMinCoordX, kMaxCoordX), num(v, p, "y", kMinCoordY, kMaxCoordY)};
    }

    std::uint32_t colour(const Json& obj, const std::string& path, const char* key) const {
        const std::string s = str(obj, path, key);
        const auto value = parseHexColour(s);
        if (!value) fail(path + "/" + key, "expected a colour like \"#8FB8DE\", found \"" + s + "\"");
        return *value;
    }

    static const char* typeName(const Json& v) {
        switch (v.type()) {
            case Json::value_t::null: return "null";
            case Json::value_t::object: return "an object";
            case Json::value_t::array: return "a list";
            case Json::value_t::string: return "text";
            case Json::value_t::boolean: return "true/false";
            case Json::value_t::binary: return "binary data";
            case Json::value_t::discarded: return "something nested too deeply";
            default: return "a number";
        }
    }

private:
    static std::string fmt(double d) {
        std::ostringstream o;
        o << d;
        return o.str();
    }
    std::string m_source;
};

struct LineColumn {
    std::size_t line = 1;
    std::size_t column = 1;
};

LineColumn lineColumnAt(std::string_view text, std::size_t byte) {
    LineColumn lc;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++lc.line;
            lc.column = 1;
        } else {
            ++lc.column;
        }
    }
    return lc;
}

constexpr int kMaxJsonDepth = 32;

// Byte offset of the first number literal outside strings that is not finite.
std::size_t offsetOfHugeNumber(std::string_view text) {
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (inString) {
            if (ch == '\\') ++i;
            else if (ch == '"') inString = false;
            continue;
        }
        if (ch == '"') {
            inString = true;
        } else if (ch == '-' || (ch >= '0' && ch <= '9')) {
            std::size_t end = i;
            while (end < text.size() && std::string_view("0123456789+-.eE").find(text[end]) != std::string_view::npos) ++end;
            const std::string token(text.substr(i, end - i));
            if (!std::isfinite(std::strtod(token.c_str(), nullptr))) return i;
            i = end - 1;
        }
    }
    return 0;
}

// Everything of a combination after its id and version. Members, origin and
// ideas must be on the board already (combinations come after actors and notes).
void readCombination(const Reader& r, const Json& j, const std::string& p, const Board& board,
                     std::set<Id>& attachedIdeas, Combination& c) {
    c.name = r.str(j, p, "name", kMaxNameBytes);
    const Json& members = r.array(j, p, "members");
    for (std::size_t k = 0; k < members.size(); ++k) {
        const std::string mp = p + "/members/" + std::to_string(k);
        const Id member = r.idValue(members[k], mp);
        if (!findById(board.actors, member))
            r.fail(mp, "refers to actor " + std::to_string(member) + ", which is not on the board");
        c.members.push_back(member);
    }
    c.cardPos = r.vec(j, p, "cardPosition");

    c.motives = r.texts(j, p, "motives", motiveIds().size(), 100);
    for (std::size_t k = 0; k < c.motives.size(); ++k)
        if (std::find(motiveIds().begin(), motiveIds().end(), c.motives[k]) == motiveIds().end())
            r.fail(p + "/motives/" + std::to_string(k), "unknown motive \"" + c.motives[k] + "\"");

    const std::string form = r.str(j, p, "form");
    const auto f = collaborationFormFromName(form);
    if (!f) r.fail(p + "/form", "expected unset, consultation, ad_hoc or network, found \"" + form + "\"");
    c.form = *f;

    const Json& origin = r.field(j, p, "origin");
    if (!origin.is_null()) {
        c.origin = r.idValue(origin, p + "/origin");
        const Note* n = findById(board.notes, c.origin);
        if (!n) r.fail(p + "/origin", "refers to note " + std::to_string(c.origin) + ", which is not on the board");
        if (n->kind != NoteKind::Strength && n->kind != NoteKind::Weakness)
            r.fail(p + "/origin",
                   "refers to note " + std::to_string(c.origin) + ", which is not a strength or weakness");
    }

    c.targetGroups = r.texts(j, p, "targetGroups", kMaxTargetGroups, kMaxTargetGroupBytes);

    const Json& roles = r.array(j, p, "roles");
    for (std::size_t k = 0; k < roles.size(); ++k) {
        const std::string rp = p + "/roles/" + std::to_string(k);
        MemberRole mr;
        mr.actor = r.id(roles[k], rp, "actor");
        if (std::find(c.members.begin(), c.members.end(), mr.actor) == c.members.end())
            r.fail(rp + "/actor", "actor " + std::to_string(mr.actor) + " is not a member of this combination");
        for (const MemberRole& earlier : c.roles)
            if (earlier.actor == mr.actor)
                r.fail(rp + "/actor", "actor " + std::to_string(mr.actor) + " has a role twice");
        const std::string role = r.str(roles[k], rp, "role");
        const auto pr = partnerRoleFromName(role);
        if (!pr || *pr == PartnerRole::Unset)
            r.fail(rp + "/role",
                   "expected initiator, carrier, driver, referrer, supporter or knowledge_partner, found \"" + role + "\"");
        mr.role = *pr;
        c.roles.push_back(mr);
    }

    const Json& ideas = r.array(j, p, "ideas");
    for (std::size_t k = 0; k < ideas.size(); ++k) {
        const std::string ip = p + "/ideas/" + std::to_string(k);
        const Id idea = r.idValue(ideas[k], ip);
        if (!findById(board.notes, idea))
            r.fail(ip, "refers to note " + std::to_string(idea) + ", which is not on the board");
        if (!attachedIdeas.insert(idea).second)
            r.fail(ip, "note " + std::to_string(idea) + " is attached to a combination already");
        c.ideas.push_back(idea);
    }

    c.scenario = r.str(j, p, "scenario", kMaxNoteTextBytes);
    c.followUp = r.boolean(j, p, "followUp");
}

Board readBoard(const Reader& r, const Json& b) {
    Board board;
    std::set<Id> ids;
    auto claim = [&](Id id, const std::string& path) {
        if (!ids.insert(id).second) r.fail(path + "/id", "id " + std::to_string(id) + " is used twice");
        return id;
    };
    // Calls read(item, path) for each entry of /board/<list>.
    auto eachItem = [&](const char* list, auto read) {
        const Json& items = r.array(b, "/board", list);
        for (std::size_t i = 0; i < items.size(); ++i) read(items[i], "/board/" + std::string(list) + "/" + std::to_string(i));
    };
    // The id and version every board item has.
    auto identity = [&](auto& item, const Json& j, const std::string& p) {
        item.id = claim(r.id(j, p, "id"), p);
        item.version = r.id(j, p, "version");
    };

    const Json& w = r.field(b, "/board", "workshop");
    const std::string wp = "/board/workshop";
    board.workshop.title = r.str(w, wp, "title");
    board.workshop.date = r.str(w, wp, "date");
    board.workshop.organisation = r.str(w, wp, "organisation");
    const Json& op = r.field(w, wp, "ownPractice");
    board.workshop.whatWeDo = r.str(op, wp + "/ownPractice", "whatWeDo");
    board.workshop.aim = r.str(op, wp + "/ownPractice", "aim");
    board.workshop.forWhom = r.str(op, wp + "/ownPractice", "forWhom");

    eachItem("municipalities", [&](const Json& j, const std::string& p) {
        Municipality m;
        identity(m, j, p);
        m.name = r.str(j, p, "name", kMaxMunicipalityNameBytes);
        m.centre = r.vec(j, p, "centre");
        m.radius = r.num(j, p, "radius", kMinRadius, kMaxRadius);
        m.colour = r.colour(j, p, "colour");
        m.own = r.boolean(j, p, "own");
        board.municipalities.push_back(std::move(m));
    });

    eachItem("actors", [&](const Json& j, const std::string& p) {
        Actor a;
        identity(a, j, p);
        a.name = r.str(j, p, "name", kMaxNameBytes);
        a.type = r.str(j, p, "type", 100);
        a.pos = r.vec(j, p, "position");
        const Json& muni = r.field(j, p, "municipality");
        if (!muni.is_null()) {
            a.municipality = r.idValue(muni, p + "/municipality");
            if (!findById(board.municipalities, a.municipality))
                r.fail(p + "/municipality", "refers to municipality " + std::to_string(a.municipality) +
                                                ", which is not on the board");
        }
        const std::string sector = r.str(j, p, "sector");
        const auto s = sectorFromName(sector);
        if (!s) r.fail(p + "/sector", "expected cultural, non_cultural or unassigned, found \"" + sector + "\"");
        a.sector = *s;
        if ((a.municipality == kNoId) != (a.sector == Sector::Unassigned))
            r.fail(p + "/sector", "an actor has a sector exactly when it sits in a municipality");
        board.actors.push_back(std::move(a));
    });

    eachItem("notes", [&](const Json& j, const std::string& p) {
        Note n;
        identity(n, j, p);
        const std::string kind = r.str(j, p, "kind");
        const auto k = noteKindFromName(kind);
        if (!k) r.fail(p + "/kind", "expected strength, weakness, idea or free, found \"" + kind + "\"");
        n.kind = *k;
        n.text = r.str(j, p, "text", kMaxNoteTextBytes);
        n.pos = r.vec(j, p, "position");
        n.rotation = r.num(j, p, "rotation", -360, 360);
        board.notes.push_back(std::move(n));
    });

    std::set<Id> attachedIdeas;  // an idea hangs on one combination at most
    eachItem("combinations", [&](const Json& j, const std::string& p) {
        Combination c;
        identity(c, j, p);
        readCombination(r, j, p, board, attachedIdeas, c);
        board.combinations.push_back(std::move(c));
    });

    eachItem("votes", [&](const Json& j, const std::string& p) {
        Vote v;
        identity(v, j, p);
        v.combination = r.id(j, p, "combination");
        if (!findById(board.combinations, v.combination))
            r.fail(p + "/combination",
                   "refers to combination " + std::to_string(v.combination) + ", which is not on the board");
        v.voter = r.str(j, p, "voter", 200);
        v.at = r.str(j, p, "at", 64);
        board.votes.push_back(std::move(v));
    });

    const Json& vote = r.field(b, "/board", "vote");
    const std::string vp = "/board/vote";
    const std::string state = r.str(vote, vp, "state");
    const auto st = voteStateFromName(state);
    if (!st) r.fail(vp + "/state", "expected not_started, open or closed, found \"" + state + "\"");
    board.vote.state = *st;
    board.vote.settings.votesPerVoter = r.integer(vote, vp, "votesPerVoter", kMinVotesPerVoter, kMaxVotesPerVoter);
    board.vote.settings.capPerCombination = r.integer(vote, vp, "capPerCombination", 0, kMaxCapPerCombination);
    board.vote.settings.resultsLive = r.boolean(vote, vp, "resultsLive");
    board.vote.settings.seats = r.integer(vote, vp, "seats", kMinSeats, kMaxSeats);

    eachItem("customActorTypes", [&](const Json& j, const std::string& p) {
        CustomActorType t;
        t.id = r.str(j, p, "id", 100);
        t.name = r.str(j, p, "name", 200);
        const std::string sector = r.str(j, p, "sector");
        const auto s = sectorFromName(sector);
        if (!s || *s == Sector::Unassigned)
            r.fail(p + "/sector", "expected cultural or non_cultural, found \"" + sector + "\"");
        t.sector = *s;
        t.colour = r.colour(j, p, "colour");
        board.customTypes.push_back(std::move(t));
    });

    board.nextId = r.id(b, "/board", "nextId");
    if (!ids.empty() && board.nextId <= *ids.rbegin())
        r.fail("/board/nextId", "must be larger than every id on the board (" + std::to_string(*ids.rbegin()) + ")");
    return board;
}

}  // namespace

Board boardFromJsonText(std::string_view text, const std::string& source) {
    const Reader r(source);
    if (text.size() > kMaxBoardFileBytes)
        throw LoadError(source + ": file is too large for a board (" + std::to_string(text.size() / (1024 * 1024)) +
                        " MiB, at most " + std::to_string(kMaxBoardFileBytes / (1024 * 1024)) + " MiB)");
    Json doc;
    try {
        // Anything nested deeper than a board ever is gets dropped while
        // parsing, so hostile input cannot exhaust the stack.
        doc = Json::parse(text.begin(), text.end(),
                          [](int depth, Json::parse_event_t, Json&) { return depth <= kMaxJsonDepth; });
    } catch (const Json::parse_error& e) {
        const LineColumn lc = lineColumnAt(text, e.byte == 0 ? 0 : e.byte - 1);
        throw LoadError(source + ": line " + std::to_string(lc.line) + ", column " + std::to_string(lc.column) +
                        ": not valid JSON");
    } catch (const Json::exception&) {
        // nlohmann reports numbers beyond a double without a position; find it.
        const LineColumn lc = lineColumnAt(text, offsetOfHugeNumber(text));
        throw LoadError(source + ": line " + std::to_string(lc.line) + ", column " + std::to_string(lc.column) +
                        ": a number too large to read");
    }
    if (!doc.is_object()) r.fail("", std::string("expected a board file (a JSON object), found ") + Reader::typeName(doc));
    auto type = doc.find("type");
    if (type == doc.end() || !type->is_string() || type->get<std::string>() != kBoardFileType)
        r.fail("/type", std::string("not a Netwerktafel board (expected \"") + kBoardFileType + "\")");
    auto version = doc.find("formatVersion");
    if (version == doc.end() || !version->is_number_integer() || version->get<long long>() < 1)
        r.fail("/formatVersion", "missing or not a positive whole number");
    const long long v = version->get<long long>();
    if (v > kBoardFormatVersion)
        throw LoadError(source + ": made by a newer Netwerktafel (board format " + std::to_string(v) +
                        ", this version reads up to " + std::to_string(kBoardFormatVersion) +
                        "); please update Netwerktafel to open it");
    if (v < kBoardFormatVersion) {
        try {
            migrateBoardJson(doc, static_cast<int>(v));
        } catch (const MigrationError& e) {
            r.fail(e.path(), e.what());
        }
    }
    return readBoard(r, r.field(doc, "", "board"));
}

std::string readTextFile(const std::string& path, std::size_t maxBytes) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw LoadError(path + ": is a folder, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw LoadError(path + ": cannot open the file");
    in.seekg(0, std::ios::end);
    const auto size = in.tellg();
    if (size < 0) throw LoadError(path + ": cannot read the file (is it a folder?)");
    if (static_cast<std::size_t>(size) > maxBytes)
        throw LoadError(path + ": file is too large for a board (" + std::to_string(size / (1024 * 1024)) +
                        " MiB, at most " + std::to_string(maxBytes / (1024 * 1024)) + " MiB)");
    in.seekg(0);
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), size);
    if (!in) throw LoadError(path + ": cannot read the file");
    return text;
}

Board readBoardFile(const std::string& path) {
    return boardFromJsonText(readTextFile(path, kMaxBoardFileBytes), path);
}

}  // namespace nt
