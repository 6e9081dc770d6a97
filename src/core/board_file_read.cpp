// Reading the board out of a parsed (and migrated) board file, every field
// checked with its place named.
#include "core/board_file_read.h"

#include <algorithm>
#include <set>

#include "core/room_json.h"

namespace nt {

namespace {

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
    c.toPlenary = r.boolean(j, p, "toPlenary");
    const Json& from = r.field(j, p, "fromTable");
    if (from.is_null()) return;
    const std::string fp = p + "/fromTable";
    if (!from.is_object()) r.fail(fp, "expected null or a table's combination");
    c.fromTable.table = r.str(from, fp, "table", room::kMaxTableName);
    if (!room::validTableName(c.fromTable.table)) r.fail(fp + "/table", "not a table's name");
    c.fromTable.id = r.id(from, fp, "id");
    c.fromTable.partners = room::readPartnerNames(r, from, fp);
    if (!c.members.empty()) r.fail(p + "/members", "a table's combination keeps its partners by name only");
}

ArenaAssessment readArena(const Reader& r, const Json& j, const std::string& p) {
    ArenaAssessment a;
    a.resources = r.str(j, p, "resources", kMaxNoteTextBytes);
    a.importance = r.integer(j, p, "importance", 0, 4);
    a.replaceability = r.choice(j, p, "replaceability", replaceabilityFromName,
                                "unset, large, rather_large, rather_small or small");
    a.replaceableBy = r.str(j, p, "replaceableBy", kMaxNameBytes);
    a.dependency = r.choice(j, p, "dependency", dependencyFromName, "unset, large, rather_large or rather_small");
    return a;
}

// The programme: phases with ids from the board's id space (claimed through
// `claim`), and a timer on one of them.
template <class Claim>
Programme readProgramme(const Reader& r, const Json& j, const std::string& p, Claim claim) {
    Programme prog;
    const Json& phases = r.array(j, p, "phases");
    if (phases.size() > kMaxPhases) r.fail(p + "/phases", "more than " + std::to_string(kMaxPhases) + " phases");
    for (std::size_t i = 0; i < phases.size(); ++i) {
        const std::string pp = p + "/phases/" + std::to_string(i);
        Phase ph;
        ph.id = claim(r.id(phases[i], pp, "id"), pp);
        ph.kind = r.choice(phases[i], pp, "kind", phaseKindFromName,
                           "own_practice, strengths, weaknesses, partners, combinations, scenarios, vote, wrap_up or custom");
        ph.title = r.str(phases[i], pp, "title", kMaxNameBytes);
        ph.prompt = r.str(phases[i], pp, "prompt", kMaxNoteTextBytes);
        ph.durationSeconds = r.integer(phases[i], pp, "durationSeconds", 0, kMaxPhaseSeconds);
        ph.skipped = r.boolean(phases[i], pp, "skipped");
        prog.phases.push_back(std::move(ph));
    }
    const Json& t = r.field(j, p, "timer");
    const std::string tp = p + "/timer";
    const Json& phase = r.field(t, tp, "phase");
    if (!phase.is_null()) {
        prog.timer.phase = r.idValue(phase, tp + "/phase");
        if (!findById(prog.phases, prog.timer.phase))
            r.fail(tp + "/phase", "refers to phase " + std::to_string(prog.timer.phase) + ", which is not in the programme");
    }
    prog.timer.running = r.boolean(t, tp, "running");
    prog.timer.elapsed = r.num(t, tp, "elapsedSeconds", 0, 7 * 24 * 3600.0);
    prog.timer.since = r.num(t, tp, "runningSince", 0, 1e11);
    prog.timer.extraSeconds = r.integer(t, tp, "extraSeconds", -kMaxPhaseSeconds, kMaxPhaseSeconds);
    if (prog.timer.running && prog.timer.phase == kNoId) r.fail(tp + "/running", "a timer runs only in a phase");
    return prog;
}

}  // namespace

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
    board.workshop.arenaIssue = r.str(w, wp, "arenaIssue", kMaxNoteTextBytes);
    const Json& refl = r.field(w, wp, "reflections");
    if (!refl.is_object()) r.fail(wp + "/reflections", std::string("expected an object, found ") + Reader::typeName(refl));
    for (const auto& [question, answer] : refl.items()) {
        const std::string rp = wp + "/reflections/" + question;
        if (std::find(reflectionQuestionIds().begin(), reflectionQuestionIds().end(), question) ==
            reflectionQuestionIds().end())
            r.fail(rp, "unknown reflection question");
        board.workshop.reflections[question] = r.str(refl, wp + "/reflections", question.c_str(), kMaxNoteTextBytes);
    }

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
        a.arena = readArena(r, r.field(j, p, "arena"), p + "/arena");
        a.rotation = r.num(j, p, "rotation", -360, 360);
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
        n.fromPhone = r.integer(j, p, "fromPhone", 0, kMaxPhoneDevice);
        n.pending = r.boolean(j, p, "pending");
        if (n.pending && n.fromPhone == 0) r.fail(p + "/pending", "only a note from a phone waits for approval");
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

    board.programme = readProgramme(r, r.field(b, "/board", "programme"), "/board/programme", claim);
    const Json& d = r.field(b, "/board", "display");
    const std::string dp = "/board/display";
    board.display.layout = r.choice(d, dp, "layout", roomLayoutFromName, "projector or table");
    board.display.keyboard = r.choice(d, dp, "keyboard", keyboardLayoutFromName, "azerty or qwerty");
    board.display.uiScale = r.num(d, dp, "uiScale", 0, kMaxUiScale);
    if (board.display.uiScale != 0 && board.display.uiScale < kMinUiScale)
        r.fail(dp + "/uiScale", "expected 0 (follow the screen) or a scale from 0.75 to 3");
    const Json& ph = r.field(b, "/board", "phones");
    board.phones.approveNotes = r.boolean(ph, "/board/phones", "approveNotes");
    board.phones.hideNotes = r.boolean(ph, "/board/phones", "hideNotes");
    const Json& result = r.array(b, "/board", "roomResult");
    if (result.size() > kMaxRoomResultLines) r.fail("/board/roomResult", "more than " + std::to_string(kMaxRoomResultLines) + " lines");
    for (std::size_t k = 0; k < result.size(); ++k) {
        const std::string lp = "/board/roomResult/" + std::to_string(k);
        RoomResultLine line;
        line.table = r.str(result[k], lp, "table", room::kMaxTableName);
        if (!line.table.empty() && !room::validTableName(line.table)) r.fail(lp + "/table", "not a table's name");
        line.name = r.str(result[k], lp, "name", kMaxNameBytes);
        line.votes = r.integer(result[k], lp, "votes", 0, 1'000'000);
        line.rank = r.integer(result[k], lp, "rank", 1, static_cast<int>(kMaxRoomResultLines));
        board.roomResult.push_back(std::move(line));
    }

    board.nextId = r.id(b, "/board", "nextId");
    if (!ids.empty() && board.nextId <= *ids.rbegin())
        r.fail("/board/nextId", "must be larger than every id on the board (" + std::to_string(*ids.rbegin()) + ")");
    return board;
}


}  // namespace nt
