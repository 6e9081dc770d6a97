// The results report: Markdown and CSV.
#include "core/report.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "core/dates.h"
#include "core/labels.h"
#include "core/report_parts.h"

namespace nt {

using namespace report;

namespace {

// [SECTION] Markdown

// Typed text as literal Markdown: characters that would format or link are
// escaped, and angle brackets become entities so no HTML ever renders.
std::string md(std::string_view text) {
    std::string out;
    for (char ch : text) {
        switch (ch) {
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '&': out += "&amp;"; break;
            case '\n': out += "  \n  "; break;  // a line break inside the same paragraph or list item
            case '\r': break;
            case '\\': case '`': case '*': case '_': case '[': case ']': case '#': case '|': case '!':
                out += '\\';
                out += ch;
                break;
            default: out += ch;
        }
    }
    return out;
}

void mdNotes(std::ostringstream& o, const Board& b, NoteKind kind, bool skipAttached = false) {
    bool any = false;
    for (const Note& n : b.notes) {
        if (n.kind != kind || n.text.empty() || n.pending || (skipAttached && isAttachedIdea(b, n.id))) continue;
        o << "- " << md(n.text) << "\n";
        any = true;
    }
    if (!any) o << "- —\n";
}

void mdField(std::ostringstream& o, const std::string& label, const std::string& value) {
    if (value.empty()) return;
    // "Wat doen we?" needs no colon after its question mark.
    const bool punctuated = !label.empty() && (label.back() == '?' || label.back() == ':');
    o << "**" << md(label) << (punctuated ? "" : ":") << "** " << md(value) << "  \n";
}

}  // namespace

std::string reportMarkdown(const ReportInput& in) {
    const Board& b = in.board;
    const Translations& tr = in.tr;
    const Workshop& w = b.workshop;
    std::ostringstream o;
    o << "# " << md(w.title.empty() ? tr("report.title") : w.title) << "\n\n";
    const std::string sub = joined({w.organisation, longDate(w.date, in.lang)}, " · ");
    if (!sub.empty()) o << md(sub) << "\n\n";

    o << "## " << md(tr("practice.title")) << "\n\n";
    mdField(o, tr("practice.what"), w.whatWeDo);
    mdField(o, tr("practice.aim"), w.aim);
    mdField(o, tr("practice.forWhom"), w.forWhom);
    o << "\n## " << md(tr("column.strengths")) << "\n\n";
    mdNotes(o, b, NoteKind::Strength);
    o << "\n## " << md(tr("column.weaknesses")) << "\n\n";
    mdNotes(o, b, NoteKind::Weakness);

    o << "\n## " << md(tr("report.partners")) << "\n";
    auto actorLine = [&](const Actor& a) {
        o << "- " << md(a.name.empty() ? tr("report.unnamed") : a.name) << " — "
          << md(in.catalogue.find(a.type, &b).name(in.lang)) << "\n";
    };
    for (const Municipality& m : b.municipalities) {
        o << "\n### " << md(m.name) << (m.own ? " (" + md(tr("bubble.own")) + ")" : "") << "\n";
        for (Sector half : {Sector::Cultural, Sector::NonCultural}) {
            o << "\n*" << md(tr(halfKey(half))) << "*\n\n";
            bool any = false;
            for (const Actor& a : b.actors)
                if (a.municipality == m.id && a.sector == half) actorLine(a), any = true;
            if (!any) o << "- —\n";
        }
    }
    if (std::any_of(b.actors.begin(), b.actors.end(), [](const Actor& a) { return a.municipality == kNoId; })) {
        o << "\n### " << md(tr("report.outside")) << "\n\n";
        for (const Actor& a : b.actors)
            if (a.municipality == kNoId) actorLine(a);
    }

    o << "\n## " << md(tr("report.combinations")) << "\n";
    if (b.combinations.empty()) o << "\n—\n";
    const bool voted = voteHappened(b);
    for (const RankedCombination& r : combinationsInOrder(b)) {
        const Combination* c = findById(b.combinations, r.combination);
        if (!c) continue;
        o << "\n### " << r.rank << ". " << md(c->name.empty() ? tr("combination.unnamed") : c->name) << "\n\n";
        std::vector<std::string> facts;
        if (voted) facts.push_back(std::to_string(r.votes) + " " + tr(r.votes == 1 ? "vote.results.vote" : "vote.results.votes"));
        if (c->followUp) facts.push_back(tr("combination.followUp"));
        facts.push_back(fromTableText(*c));
        if (!joined(facts, " · ").empty()) o << "*" << md(joined(facts, " · ")) << "*\n\n";
        mdField(o, tr("combination.partners"), joined(memberTexts(b, *c, tr), "; "));
        if (const Note* origin = findById(b.notes, c->origin)) mdField(o, tr("combination.origin"), origin->text);
        mdField(o, tr("combination.motives"), joined(motiveTexts(*c, tr), "; "));
        if (c->form != CollaborationForm::Unset) mdField(o, tr("combination.form"), tr(collaborationFormKey(c->form)));
        mdField(o, tr("combination.targetGroups"), joined(c->targetGroups, ", "));
        mdField(o, tr("report.ideas"), joined(ideaTexts(b, *c), "; "));
        mdField(o, tr("combination.scenario"), c->scenario);
    }

    o << "\n## " << md(tr("report.chosen")) << "\n\n";
    int chosen = 0;
    for (const RankedCombination& r : combinationsInOrder(b))
        if (const Combination* c = findById(b.combinations, r.combination); c && c->followUp)
            o << ++chosen << ". " << md(c->name.empty() ? tr("combination.unnamed") : c->name) << "\n";
    if (chosen == 0) o << md(tr("report.noneChosen")) << "\n";

    if (!b.roomResult.empty()) {  // a table's copy of the room's vote
        o << "\n## " << md(tr("report.roomVote")) << "\n\n";
        for (const RoomResultLine& l : b.roomResult)
            o << l.rank << ". " << md(l.name.empty() ? tr("combination.unnamed") : l.name) << " — "
              << md(roomResultSource(l, tr)) << " · " << l.votes << " "
              << md(tr(l.votes == 1 ? "vote.results.vote" : "vote.results.votes")) << "\n";
    }

    o << "\n## " << md(tr("report.otherIdeas")) << "\n\n";
    mdNotes(o, b, NoteKind::Idea, /*skipAttached=*/true);

    o << "\n## " << md(tr("report.reflections")) << "\n\n";
    for (const std::string& q : reflectionQuestionIds()) {
        const auto it = w.reflections.find(q);
        o << "**" << md(tr("reflection." + q)) << "**  \n"
          << (it == w.reflections.end() || it->second.empty() ? "—" : md(it->second)) << "\n\n";
    }
    o << "---\n\n*" << md(tr("report.madeWith")) << "*\n";
    return o.str();
}

// [SECTION] CSV

namespace {

// One field: quoted when it holds a separator, quote or line break; a
// leading = + - @ gets a quote mark so a spreadsheet shows it as text
// instead of running it as a formula.
std::string csvField(std::string_view text) {
    const bool formulaLike = !text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos;
    std::string s;
    s.reserve(text.size() + 1);
    if (formulaLike) s.push_back('\'');
    s.append(text);
    if (s.find_first_of(";\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char ch : s) {
        if (ch == '"') out += '"';
        out += ch;
    }
    return out + "\"";
}

struct CsvRow {
    std::string section, rank, name, kind, municipality, half, members, votes, followUp, text;
};

}  // namespace

std::string reportCsv(const ReportInput& in) {
    const Board& b = in.board;
    const Translations& tr = in.tr;
    std::vector<CsvRow> rows;
    const Workshop& w = b.workshop;
    rows.push_back({"workshop", "", w.title, "", "", "", "", "", "", joined({w.organisation, w.date}, " · ")});
    rows.push_back({"practice", "", tr("practice.what"), "", "", "", "", "", "", w.whatWeDo});
    rows.push_back({"practice", "", tr("practice.aim"), "", "", "", "", "", "", w.aim});
    rows.push_back({"practice", "", tr("practice.forWhom"), "", "", "", "", "", "", w.forWhom});
    for (const Note& n : b.notes) {
        if (n.text.empty() || n.pending) continue;  // a phone's note the facilitator has not let in
        const char* section = n.kind == NoteKind::Strength   ? "strength"
                              : n.kind == NoteKind::Weakness ? "weakness"
                              : n.kind == NoteKind::Idea     ? "idea"
                                                             : "note";
        rows.push_back({section, "", "", "", "", "", "", "", "", n.text});
    }
    for (const Actor& a : b.actors)
        rows.push_back({"actor", "", a.name, in.catalogue.find(a.type, &b).name(in.lang), municipalityName(b, a.municipality),
                        a.sector == Sector::Unassigned ? "" : tr(halfKey(a.sector)), "", "", "", ""});
    const bool voted = voteHappened(b);
    for (const RankedCombination& r : combinationsInOrder(b)) {
        const Combination* c = findById(b.combinations, r.combination);
        if (!c) continue;
        const std::vector<std::string> members = memberTexts(b, *c, tr);
        std::vector<std::string> details{joined(motiveTexts(*c, tr), "; "),
                                         c->form == CollaborationForm::Unset ? "" : tr(collaborationFormKey(c->form)),
                                         joined(c->targetGroups, ", "), joined(ideaTexts(b, *c), "; "), c->scenario};
        rows.push_back({"combination", voted ? std::to_string(r.rank) : "", c->name, "", "", "", joined(members, "; "),
                        voted ? std::to_string(r.votes) : "", c->followUp ? "1" : "0", joined(details, " | ")});
    }
    for (const RoomResultLine& l : b.roomResult)
        rows.push_back({"room_vote", std::to_string(l.rank), l.name, "", "", "", roomResultSource(l, tr), std::to_string(l.votes), "", ""});
    for (const std::string& q : reflectionQuestionIds()) {
        const auto it = w.reflections.find(q);
        rows.push_back({"reflection", "", tr("reflection." + q), "", "", "", "", "", "",
                        it == w.reflections.end() ? "" : it->second});
    }

    std::string out = "\xEF\xBB\xBF";  // UTF-8 byte order mark: spreadsheets then read accents right
    out += "section;rank;name;type;municipality;half;members;votes;follow_up;text\r\n";
    for (const CsvRow& r : rows) {
        const std::string* fields[] = {&r.section, &r.rank,  &r.name,  &r.kind,     &r.municipality,
                                       &r.half,    &r.members, &r.votes, &r.followUp, &r.text};
        for (size_t i = 0; i < std::size(fields); ++i) {
            if (i) out += ';';
            out += csvField(*fields[i]);
        }
        out += "\r\n";
    }
    return out;
}

std::string reportPathFor(const std::string& boardPath, Lang lang, const std::string& extension) {
    std::filesystem::path p(boardPath);
    const std::string stem = p.stem().string();
    return p.replace_filename(stem + (lang == Lang::En ? "-report" : "-verslag") + extension).string();
}

}  // namespace nt
