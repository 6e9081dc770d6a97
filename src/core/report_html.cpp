// The results report as a printable HTML page.
#include "core/report_html.h"

#include <algorithm>
#include <sstream>

#include "core/atomic_file.h"
#include "core/dates.h"
#include "core/labels.h"
#include "core/report_parts.h"

namespace nt {

using namespace report;

std::string htmlEscaped(std::string_view text, bool lineBreaks) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char ch : text) {
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\r': break;
            case '\n': out += lineBreaks ? "<br>" : " "; break;
            default: out += ch;
        }
    }
    return out;
}

std::string base64(std::string_view bytes) {
    static constexpr char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const unsigned v = static_cast<unsigned char>(bytes[i]) << 16 | static_cast<unsigned char>(bytes[i + 1]) << 8 |
                           static_cast<unsigned char>(bytes[i + 2]);
        out += kDigits[v >> 18];
        out += kDigits[(v >> 12) & 63];
        out += kDigits[(v >> 6) & 63];
        out += kDigits[v & 63];
    }
    const size_t rest = bytes.size() - i;
    if (rest > 0) {
        unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        if (rest == 2) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        out += kDigits[v >> 18];
        out += kDigits[(v >> 12) & 63];
        out += rest == 2 ? kDigits[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

namespace {

// The app's colours (view/theme.h: paper, card, ink, line, accent, the
// strengths' green and the weaknesses' red), for screen and for A4. The
// core cannot include the view, so they are named here once more.
constexpr const char* kStyle = R"css(
:root { --paper:#F3EFE6; --card:#FFFDF8; --ink:#2B2A28; --soft:#6B665E; --line:#D9D2C3; --accent:#3D6F8E;
  --strength:#3C6B43; --strength-tint:#E4EEDC; --weakness:#9A4A34; --weakness-tint:#F5E3DA; }
* { box-sizing:border-box; }
html { background:var(--paper); }
body { margin:0; color:var(--ink); font:16px/1.5 "Noto Sans","Segoe UI",system-ui,-apple-system,sans-serif;
  -webkit-print-color-adjust:exact; print-color-adjust:exact; }
main { max-width:60rem; margin:2rem auto; padding:2.5rem 3rem; background:var(--card);
  border:1px solid var(--line); border-radius:14px; }
h1,h2,h3,h4 { font-weight:600; line-height:1.25; margin:0; }
h1 { font-size:2rem; }
h2 { font-size:1.3rem; color:var(--accent); margin:2.2rem 0 .8rem; padding-bottom:.3rem; border-bottom:1px solid var(--line); }
h3 { font-size:1.08rem; }
h4 { font-size:.8rem; text-transform:uppercase; letter-spacing:.06em; color:var(--soft); margin:.2rem 0 .3rem; }
p { margin:.3rem 0; }
ul,ol { margin:.2rem 0; padding-left:1.3rem; }
li { margin:.15rem 0; }
.kicker { color:var(--accent); font-size:.85rem; text-transform:uppercase; letter-spacing:.08em; margin:0 0 .4rem; }
.sub, .soft { color:var(--soft); }
.empty { color:var(--soft); }
figure.board { margin:1.6rem 0 0; }
figure.board img { display:block; width:100%; height:auto; border:1px solid var(--line); border-radius:8px; }
figure.board figcaption { color:var(--soft); font-size:.85rem; margin-top:.4rem; }
dl.fields { display:grid; grid-template-columns:minmax(8rem,13rem) 1fr; gap:.35rem 1.2rem; margin:0; }
dl.fields dt { color:var(--soft); }
dl.fields dd { margin:0; }
.columns { display:grid; grid-template-columns:1fr 1fr; gap:1rem; }
.notes { border-radius:10px; padding:.8rem 1rem; }
.notes h2 { margin:0 0 .4rem; padding:0; border:0; font-size:1.1rem; }
.notes.strengths { background:var(--strength-tint); }
.notes.strengths h2 { color:var(--strength); }
.notes.weaknesses { background:var(--weakness-tint); }
.notes.weaknesses h2 { color:var(--weakness); }
.municipalities { display:grid; grid-template-columns:repeat(auto-fill,minmax(17rem,1fr)); gap:.8rem; }
.municipality { border:1px solid var(--line); border-radius:10px; padding:.7rem .9rem; }
.municipality h3 { margin-bottom:.3rem; }
.municipality .half + .half { border-top:1px dashed var(--line); margin-top:.4rem; padding-top:.3rem; }
.municipality ul { list-style:none; padding:0; }
.combination { border:1px solid var(--line); border-left:4px solid var(--accent); border-radius:10px;
  padding:.9rem 1.1rem; margin:0 0 .9rem; }
.combination header { display:flex; align-items:baseline; gap:.7rem; margin-bottom:.5rem; flex-wrap:wrap; }
.rank { display:inline-flex; align-items:center; justify-content:center; min-width:1.9rem; height:1.9rem; padding:0 .4rem;
  border-radius:1rem; background:var(--accent); color:#fff; font-weight:600; }
.facts { color:var(--soft); font-size:.9rem; margin:0; }
.chosen { color:var(--strength); font-weight:600; }
.members { list-style:none; padding:0; margin:0; }
.reflection { margin:0 0 .8rem; }
.reflection h3 { font-size:1rem; }
footer { margin-top:2.4rem; padding-top:.8rem; border-top:1px solid var(--line); color:var(--soft); font-size:.85rem; }
@page { size:A4; margin:15mm 14mm 16mm; }
@media print {
  html, body { background:#fff; }
  body { font-size:10pt; }
  main { max-width:none; margin:0; padding:0; border:0; border-radius:0; background:none; }
  h2 { margin:1.4rem 0 .6rem; }
  h2, h3, h4 { break-after:avoid; page-break-after:avoid; }
  .reflection { margin-bottom:.5rem; }
  footer { margin-top:1rem; break-before:avoid; page-break-before:avoid; }
  figure.board, .combination, .municipality, .notes, .reflection, dl.fields, li {
    break-inside:avoid; page-break-inside:avoid; }
  figure.board img { max-height:170mm; object-fit:contain; }
}
@media (max-width:40rem) {
  main { margin:0; padding:1.2rem; border-radius:0; }
  .columns, dl.fields { grid-template-columns:1fr; }
}
)css";

class Page {
public:
    explicit Page(const ReportInput& in) : m_in(in), m_tr(in.tr), m_b(in.board) {}

    std::string build(std::string_view png) {
        const Workshop& w = m_b.workshop;
        const std::string title = w.title.empty() ? m_tr("report.title") : w.title;
        m_out << "<!DOCTYPE html>\n<html lang=\"" << (m_in.lang == Lang::En ? "en" : "nl") << "\">\n<head>\n"
          << "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          << "<meta name=\"generator\" content=\"Netwerktafel\">\n<title>" << text(title) << "</title>\n<style>"
          << kStyle << "</style>\n</head>\n<body>\n<main>\n<header>\n";
        if (!w.title.empty() && w.title != m_tr("report.title"))  // the method's name above the workshop's own
            m_out << "<p class=\"kicker\">" << text(m_tr("report.title")) << "</p>\n";
        m_out << "<h1>" << text(title) << "</h1>\n";
        const std::string sub = joined({w.organisation, longDate(w.date, m_in.lang)}, " · ");
        if (!sub.empty()) m_out << "<p class=\"sub\">" << text(sub) << "</p>\n";
        if (!png.empty())
            m_out << "<figure class=\"board\"><img src=\"data:image/png;base64," << base64(png) << "\" alt=\""
              << text(m_tr("report.board")) << "\"><figcaption>" << text(m_tr("report.board")) << "</figcaption></figure>\n";
        m_out << "</header>\n";
        practice();
        strengthsAndWeaknesses();
        partners();
        combinations();
        chosen();
        roomVote();
        otherIdeas();
        reflections();
        m_out << "<footer>" << text(m_tr("report.madeWith")) << "</footer>\n</main>\n</body>\n</html>\n";
        return m_out.str();
    }

private:
    static std::string text(std::string_view s) { return htmlEscaped(s, true); }
    std::string emptyMark() const { return "<span class=\"empty\">—</span>"; }

    void field(const std::string& label, const std::string& value) {
        if (value.empty()) return;
        m_out << "<dt>" << text(label) << "</dt><dd>" << text(value) << "</dd>\n";
    }

    void practice() {
        const Workshop& w = m_b.workshop;
        m_out << "<section>\n<h2>" << text(m_tr("practice.title")) << "</h2>\n";
        if (w.whatWeDo.empty() && w.aim.empty() && w.forWhom.empty()) {
            m_out << "<p class=\"empty\">" << text(m_tr("practice.empty")) << "</p>\n</section>\n";
            return;
        }
        m_out << "<dl class=\"fields\">\n";
        field(m_tr("practice.what"), w.whatWeDo);
        field(m_tr("practice.aim"), w.aim);
        field(m_tr("practice.forWhom"), w.forWhom);
        m_out << "</dl>\n</section>\n";
    }

    void notes(NoteKind kind, bool skipAttached) {
        bool any = false;
        for (const Note& n : m_b.notes) {
            if (n.kind != kind || n.text.empty() || n.pending || (skipAttached && isAttachedIdea(m_b, n.id))) continue;
            m_out << (any ? "" : "<ul>\n") << "<li>" << text(n.text) << "</li>\n";
            any = true;
        }
        m_out << (any ? "</ul>\n" : "<p>" + emptyMark() + "</p>\n");
    }

    void strengthsAndWeaknesses() {
        m_out << "<section class=\"columns\">\n<div class=\"notes strengths\">\n<h2>" << text(m_tr("column.strengths"))
          << "</h2>\n";
        notes(NoteKind::Strength, false);
        m_out << "</div>\n<div class=\"notes weaknesses\">\n<h2>" << text(m_tr("column.weaknesses")) << "</h2>\n";
        notes(NoteKind::Weakness, false);
        m_out << "</div>\n</section>\n";
    }

    void actorItem(const Actor& a) {
        m_out << "<li>" << text(a.name.empty() ? m_tr("report.unnamed") : a.name) << " <span class=\"soft\">· "
          << text(m_in.catalogue.find(a.type, &m_b).name(m_in.lang)) << "</span></li>\n";
    }

    void partners() {
        m_out << "<section>\n<h2>" << text(m_tr("report.partners")) << "</h2>\n<div class=\"municipalities\">\n";
        for (const Municipality& m : m_b.municipalities) {
            m_out << "<div class=\"municipality\">\n<h3>" << text(m.name)
              << (m.own ? " <span class=\"soft\">(" + text(m_tr("bubble.own")) + ")</span>" : "") << "</h3>\n";
            for (Sector half : {Sector::Cultural, Sector::NonCultural}) {
                m_out << "<div class=\"half\"><h4>" << text(m_tr(halfKey(half))) << "</h4>\n";
                bool any = false;
                for (const Actor& a : m_b.actors) {
                    if (a.municipality != m.id || a.sector != half) continue;
                    if (!any) m_out << "<ul>\n";
                    actorItem(a);
                    any = true;
                }
                m_out << (any ? "</ul>\n" : "<p>" + emptyMark() + "</p>\n") << "</div>\n";
            }
            m_out << "</div>\n";
        }
        if (std::any_of(m_b.actors.begin(), m_b.actors.end(), [](const Actor& a) { return a.municipality == kNoId; })) {
            m_out << "<div class=\"municipality\">\n<h3>" << text(m_tr("report.outside")) << "</h3>\n<ul>\n";
            for (const Actor& a : m_b.actors)
                if (a.municipality == kNoId) actorItem(a);
            m_out << "</ul>\n</div>\n";
        }
        m_out << "</div>\n</section>\n";
    }

    void members(const Combination& c) {
        m_out << "<dt>" << text(m_tr("combination.partners")) << "</dt><dd><ul class=\"members\">\n";
        for (const std::string& name : c.fromTable.partners) m_out << "<li>" << text(name) << "</li>\n";
        for (Id id : c.members) {
            const Actor* a = findById(m_b.actors, id);
            const std::string detail = joined({roleOf(c, id, m_tr), a ? municipalityName(m_b, a->municipality) : ""}, " · ");
            m_out << "<li>" << text(actorName(m_b, id));
            if (!detail.empty()) m_out << " <span class=\"soft\">— " << text(detail) << "</span>";
            m_out << "</li>\n";
        }
        m_out << "</ul></dd>\n";
    }

    void combinations() {
        m_out << "<section>\n<h2>" << text(m_tr("report.combinations")) << "</h2>\n";
        if (m_b.combinations.empty()) m_out << "<p>" << emptyMark() << "</p>\n";
        const bool voted = voteHappened(m_b);
        for (const RankedCombination& r : combinationsInOrder(m_b)) {
            const Combination* c = findById(m_b.combinations, r.combination);
            if (!c) continue;
            m_out << "<article class=\"combination\">\n<header><span class=\"rank\">" << r.rank << "</span><h3>"
              << text(c->name.empty() ? m_tr("combination.unnamed") : c->name) << "</h3>";
            if (voted || c->followUp) {
                m_out << "<p class=\"facts\">";
                if (voted)
                    m_out << r.votes << ' ' << text(m_tr(r.votes == 1 ? "vote.results.vote" : "vote.results.votes"));
                if (voted && c->followUp) m_out << " · ";
                if (c->followUp) m_out << "<span class=\"chosen\">" << text(m_tr("combination.followUp")) << "</span>";
                m_out << "</p>";
            }
            m_out << "</header>\n<dl class=\"fields\">\n";
            if (!c->members.empty() || !c->fromTable.partners.empty()) members(*c);
            field(m_tr("room.vote.from"), fromTableText(*c));
            if (const Note* origin = findById(m_b.notes, c->origin)) field(m_tr("combination.origin"), origin->text);
            if (c->form != CollaborationForm::Unset) field(m_tr("combination.form"), m_tr(collaborationFormKey(c->form)));
            field(m_tr("combination.motives"), joined(motiveTexts(*c, m_tr), "; "));
            field(m_tr("combination.targetGroups"), joined(c->targetGroups, ", "));
            const std::vector<std::string> ideas = ideaTexts(m_b, *c);
            if (!ideas.empty()) {
                m_out << "<dt>" << text(m_tr("report.ideas")) << "</dt><dd><ul>\n";
                for (const std::string& idea : ideas) m_out << "<li>" << text(idea) << "</li>\n";
                m_out << "</ul></dd>\n";
            }
            field(m_tr("combination.scenario"), c->scenario);
            m_out << "</dl>\n</article>\n";
        }
        m_out << "</section>\n";
    }

    void chosen() {
        m_out << "<section>\n<h2>" << text(m_tr("report.chosen")) << "</h2>\n";
        int count = 0;
        for (const RankedCombination& r : combinationsInOrder(m_b))
            if (const Combination* c = findById(m_b.combinations, r.combination); c && c->followUp)
                m_out << (count++ ? "" : "<ol>\n") << "<li>" << text(c->name.empty() ? m_tr("combination.unnamed") : c->name)
                  << "</li>\n";
        m_out << (count ? "</ol>\n" : "<p class=\"empty\">" + text(m_tr("report.noneChosen")) + "</p>\n") << "</section>\n";
    }

    void roomVote() {
        if (m_b.roomResult.empty()) return;
        m_out << "<section>\n<h2>" << text(m_tr("report.roomVote")) << "</h2>\n<ol class=\"room-vote\">\n";
        for (const RoomResultLine& l : m_b.roomResult)
            m_out << "<li value=\"" << l.rank << "\">" << text(l.name.empty() ? m_tr("combination.unnamed") : l.name)
                  << " <span class=\"soft\">— " << text(roomResultSource(l, m_tr)) << " · " << l.votes << ' '
                  << text(m_tr(l.votes == 1 ? "vote.results.vote" : "vote.results.votes")) << "</span></li>\n";
        m_out << "</ol>\n</section>\n";
    }

    void otherIdeas() {
        m_out << "<section>\n<h2>" << text(m_tr("report.otherIdeas")) << "</h2>\n";
        notes(NoteKind::Idea, /*skipAttached=*/true);
        m_out << "</section>\n";
    }

    void reflections() {
        m_out << "<section>\n<h2>" << text(m_tr("report.reflections")) << "</h2>\n";
        for (const std::string& q : reflectionQuestionIds()) {
            const auto it = m_b.workshop.reflections.find(q);
            const bool answered = it != m_b.workshop.reflections.end() && !it->second.empty();
            m_out << "<div class=\"reflection\"><h3>" << text(m_tr("reflection." + q)) << "</h3><p>"
              << (answered ? text(it->second) : emptyMark()) << "</p></div>\n";
        }
        m_out << "</section>\n";
    }

    const ReportInput& m_in;
    const Translations& m_tr;
    const Board& m_b;
    std::ostringstream m_out;
};

}  // namespace

std::string reportHtml(const ReportInput& in, std::string_view boardPng) { return Page(in).build(boardPng); }

std::string writeReportFiles(const ReportInput& in, std::string_view boardPng, const std::string& boardPath) {
    const std::string html = reportPathFor(boardPath, in.lang, ".html");
    // Everything is made before anything is written: a failure then comes from the disk alone.
    const std::string md = reportMarkdown(in), csv = reportCsv(in), page = reportHtml(in, boardPng);
    writeFileAtomically(reportPathFor(boardPath, in.lang, ".md"), md);
    writeFileAtomically(reportPathFor(boardPath, in.lang, ".csv"), csv);
    writeFileAtomically(html, page);
    return html;
}

}  // namespace nt
