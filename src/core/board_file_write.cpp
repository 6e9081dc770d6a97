// Board file writing: canonical, so loading a written file and writing it
// again gives the same bytes.
#include <cstdio>

#include "core/board_file.h"
#include "core/json_reader.h"
#include "core/version.h"

namespace nt {

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
                {"followUp", c.followUp},
                {"toPlenary", c.toPlenary},
                {"fromTable", c.fromTable.table.empty() ? Json(nullptr)
                                                        : Json{{"table", c.fromTable.table},
                                                               {"id", c.fromTable.id},
                                                               {"partners", c.fromTable.partners}}}};
}

Json arenaToJson(const ArenaAssessment& a) {
    return Json{{"resources", a.resources},
                {"importance", a.importance},
                {"replaceability", replaceabilityName(a.replaceability)},
                {"replaceableBy", a.replaceableBy},
                {"dependency", dependencyName(a.dependency)}};
}

Json programmeToJson(const Programme& p) {
    Json phases = Json::array();
    for (const Phase& ph : p.phases)
        phases.push_back(Json{{"id", ph.id},
                              {"kind", phaseKindName(ph.kind)},
                              {"title", ph.title},
                              {"prompt", ph.prompt},
                              {"durationSeconds", ph.durationSeconds},
                              {"skipped", ph.skipped}});
    const PhaseTimer& t = p.timer;
    return Json{{"phases", std::move(phases)},
                {"timer", Json{{"phase", idOrNull(t.phase)},
                               {"running", t.running},
                               {"elapsedSeconds", t.elapsed},
                               {"runningSince", t.since},
                               {"extraSeconds", t.extraSeconds}}}};
}

}  // namespace

std::string boardToJsonText(const Board& b) {
    Json board;
    board["workshop"] = Json{
        {"title", b.workshop.title},
        {"date", b.workshop.date},
        {"organisation", b.workshop.organisation},
        {"ownPractice", Json{{"whatWeDo", b.workshop.whatWeDo}, {"aim", b.workshop.aim}, {"forWhom", b.workshop.forWhom}}},
        {"arenaIssue", b.workshop.arenaIssue},
        {"reflections", b.workshop.reflections},
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
                                       {"sector", sectorName(a.sector)}, {"arena", arenaToJson(a.arena)},
                                       {"rotation", a.rotation}});
    board["notes"] = Json::array();
    for (const auto& n : b.notes)
        board["notes"].push_back(Json{{"id", n.id}, {"version", n.version}, {"kind", noteKindName(n.kind)},
                                      {"text", n.text}, {"position", vecToJson(n.pos)}, {"rotation", n.rotation},
                                      {"fromPhone", n.fromPhone}, {"pending", n.pending}});
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

    board["programme"] = programmeToJson(b.programme);
    board["display"] = Json{{"layout", roomLayoutName(b.display.layout)},
                            {"keyboard", keyboardLayoutName(b.display.keyboard)},
                            {"uiScale", b.display.uiScale}};
    board["phones"] = Json{{"approveNotes", b.phones.approveNotes}, {"hideNotes", b.phones.hideNotes}};
    board["roomResult"] = Json::array();
    for (const RoomResultLine& l : b.roomResult)
        board["roomResult"].push_back(Json{{"table", l.table}, {"name", l.name}, {"votes", l.votes}, {"rank", l.rank}});

    Json envelope{{"type", kBoardFileType}, {"formatVersion", kBoardFormatVersion}, {"appVersion", kAppVersion},
                  {"board", std::move(board)}};
    // Broken UTF-8 (never typed, but never trusted either) becomes U+FFFD
    // instead of an exception that would lose the save.
    return envelope.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace nt
