// The look-ups the report's formats share.
#include "core/report_parts.h"

#include <algorithm>

#include "core/labels.h"

namespace nt::report {

bool voteHappened(const Board& b) { return b.vote.state != VoteState::NotStarted || !b.votes.empty(); }

std::vector<RankedCombination> combinationsInOrder(const Board& b) {
    if (voteHappened(b)) return ranking(b);
    std::vector<RankedCombination> out;
    int n = 0;
    for (const Combination& c : b.combinations) out.push_back({c.id, 0, ++n, false});
    return out;
}

std::string actorName(const Board& b, Id id) {
    const Actor* a = findById(b.actors, id);
    return a ? a->name : std::string();
}

std::string municipalityName(const Board& b, Id id) {
    const Municipality* m = findById(b.municipalities, id);
    return m ? m->name : std::string();
}

const char* halfKey(Sector s) { return s == Sector::Cultural ? "bubble.cultural" : "bubble.noncultural"; }

std::string roleOf(const Combination& c, Id actor, const Translations& tr) {
    for (const MemberRole& r : c.roles)
        if (r.actor == actor && r.role != PartnerRole::Unset) return tr(partnerRoleKey(r.role));
    return {};
}

std::string joined(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (const auto& p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += sep;
        out += p;
    }
    return out;
}

std::vector<std::string> motiveTexts(const Combination& c, const Translations& tr) {
    std::vector<std::string> out;
    for (const auto& m : c.motives) out.push_back(tr("motive." + m));
    return out;
}

std::vector<std::string> ideaTexts(const Board& b, const Combination& c) {
    std::vector<std::string> out;
    for (Id id : c.ideas)
        if (const Note* n = findById(b.notes, id)) out.push_back(n->text);
    return out;
}

std::string memberText(const Board& b, const Combination& c, Id member, const Translations& tr) {
    std::string s = actorName(b, member);
    const Actor* a = findById(b.actors, member);
    std::vector<std::string> detail{roleOf(c, member, tr), a ? municipalityName(b, a->municipality) : ""};
    const std::string d = joined(detail, ", ");
    return d.empty() ? s : s + " (" + d + ")";
}

std::vector<std::string> memberTexts(const Board& b, const Combination& c, const Translations& tr) {
    if (!c.fromTable.table.empty()) return c.fromTable.partners;
    std::vector<std::string> out;
    for (Id m : c.members) out.push_back(memberText(b, c, m, tr));
    return out;
}

std::string fromTableText(const Combination& c) {
    return c.fromTable.table;
}

std::string roomResultSource(const RoomResultLine& l, const Translations& tr) {
    return l.table.empty() ? tr("room.vote.plenaryOwn") : l.table;
}

bool isAttachedIdea(const Board& b, Id note) {
    for (const Combination& c : b.combinations)
        if (std::find(c.ideas.begin(), c.ideas.end(), note) != c.ideas.end()) return true;
    return false;
}

}  // namespace nt::report
