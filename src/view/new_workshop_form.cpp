// The new-workshop form: two columns on a cover of the whole board, every
// control finger-sized, every text field open to the on-screen keyboard.
#include "view/new_workshop_form.h"

#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/dates.h"
#include "core/model.h"
#include "core/programme_templates.h"
#include "view/keyboard_field.h"
#include "view/theme.h"
#include "view/touch_widgets.h"

namespace nt {

namespace {

constexpr std::size_t kSuggestedNeighbours = 8;
constexpr std::size_t kTypeAhead = 4;
constexpr std::size_t kMaxFieldBytes = 200;

void label(const ViewInput& in, const char* key) {
    ImGui::Spacing();
    touch::Label(in.tr(key));
}

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
    return s;
}

// A row of choices that wrap to the next line when the column is full.
bool wrappedChoice(const std::string& text, bool chosen, float height, bool& first) {
    const float width = ImGui::CalcTextSize(text.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x + height * 0.4f;
    if (!first) {
        const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
        if (right < ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
    }
    first = false;
    return touch::Choice(text.c_str(), chosen, {width, height});
}

}  // namespace

void MarkLastItem(ViewIntents& out, std::string name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    out.layout.buttons.push_back({std::move(name), {a.x, a.y, b.x, b.y}});
}

void NewWorkshopForm::reset(const std::string& today, Lang lang) {
    *this = NewWorkshopForm{};
    m_date = m_today = today;
    m_lang = lang;
}

void NewWorkshopForm::textField(const ViewInput& in, ViewIntents& out, const char* key, const char* hintKey, Text& text,
                                std::size_t maxBytes, float width) {
    TouchTextField(in, out, key, hintKey, text.value, text.typing, maxBytes, width);
}

bool NewWorkshopForm::draw(const ViewInput& in, ViewIntents& out, const std::vector<BoardSummary>& boards,
                           WorkshopSetup& setup, std::string& reusePath) {
    const float s = static_cast<float>(in.xf.scale);
    const float finger = static_cast<float>(touch::kFingerHeight) * s;
    const float gap = 48 * s;
    const float left = (ImGui::GetContentRegionAvail().x - gap) * 0.52f;

    ImGui::BeginChild("##setupLeft", {left, 0}, false);
    drawLeft(in, out, finger);
    drawMunicipalities(in, out, finger);
    ImGui::EndChild();
    ImGui::SameLine(0, gap);
    ImGui::BeginChild("##setupRight", {0, 0}, false);
    drawRight(in, out, boards, finger);

    ImGui::Spacing();
    ImGui::Spacing();
    if (!ready()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kInkSoft));
        ImGui::TextWrapped("%s", in.tr("setup.needsName").c_str());
        ImGui::PopStyleColor();
    }
    ImGui::BeginDisabled(!ready());
    ImGui::PushFont(in.fonts.heading);
    const bool create = touch::Choice(in.tr("setup.create").c_str(), true, {-1, finger * 1.3f});
    MarkLastItem(out, "setupCreate");
    ImGui::PopFont();
    ImGui::EndDisabled();
    ImGui::EndChild();
    if (!create || !ready()) return false;

    setup = WorkshopSetup{};
    setup.title = trimmed(m_title.value);
    setup.organisation = trimmed(m_organisation.value);
    setup.date = m_date;
    setup.lang = m_lang;
    setup.layout = m_layout;
    setup.ownMunicipality = m_ownChosen;
    for (const Neighbour& n : m_neighbours)
        if (n.wanted) setup.neighbours.push_back({n.place.name, n.place.bearing, n.place.distanceKm});
    setup.programme = m_programme;
    reusePath = m_reusePath;
    return true;
}

// Title, organisation, date.
void NewWorkshopForm::drawLeft(const ViewInput& in, ViewIntents& out, float finger) {
    const float width = ImGui::GetContentRegionAvail().x;
    label(in, "setup.title");
    textField(in, out, "setup:title", "setup.title.hint", m_title, kMaxFieldBytes, width);
    label(in, "setup.organisation");
    textField(in, out, "setup:organisation", "setup.organisation.hint", m_organisation, kMaxFieldBytes, width);

    label(in, "setup.date");
    if (touch::Choice("-", false, {finger, finger})) m_date = addDays(m_date, -1);
    ImGui::SameLine();
    // The day itself is shown like a field, not a button: the − and + change it.
    ImGui::PushFont(in.fonts.heading);
    const ImU32 field = ImGui::GetColorU32(ImGuiCol_FrameBg);
    ImGui::PushStyleColor(ImGuiCol_Button, field);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, field);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, field);
    ImGui::Button(longDate(m_date, m_lang).c_str(), {width * 0.5f, finger});
    ImGui::PopStyleColor(3);
    ImGui::PopFont();
    ImGui::SameLine();
    if (touch::Choice("+", false, {finger, finger})) m_date = addDays(m_date, 1);
    if (m_date != m_today) {
        ImGui::SameLine();
        if (touch::Choice(in.tr("setup.today").c_str(), false, {0, finger})) m_date = m_today;
    }

}

void NewWorkshopForm::chooseOwn(const ViewInput& in, const std::string& name) {
    m_ownChosen = name;
    m_own.value = name;
    m_neighbours.clear();
    if (!in.municipalities) return;
    for (NearbyMunicipality& n : nearestMunicipalities(*in.municipalities, name, kSuggestedNeighbours))
        m_neighbours.push_back({std::move(n), false});
}

// The own municipality and the neighbours around it.
void NewWorkshopForm::drawMunicipalities(const ViewInput& in, ViewIntents& out, float finger) {
    const MunicipalityList empty;
    const MunicipalityList& list = in.municipalities ? *in.municipalities : empty;
    const float width = ImGui::GetContentRegionAvail().x;
    label(in, "setup.own");
    textField(in, out, "setup:own", "setup.own.hint", m_own, kMaxMunicipalityNameBytes, width);
    if (m_own.value != m_ownChosen) {
        bool first = true;
        for (const MunicipalityInfo* m : list.suggest(m_own.value, kTypeAhead)) {
            if (wrappedChoice(m->name, false, finger, first)) {
                chooseOwn(in, m->name);
                return;  // the suggestions go: the neighbours show from the next frame, where they stay
            }
            MarkLastItem(out, "setupOwn:" + m->name);
        }
        if (m_own.value.empty() && !m_ownChosen.empty()) {
            m_ownChosen.clear();
            m_neighbours.clear();
        }
    }
    if (m_ownChosen.empty()) return;

    label(in, "setup.neighbours");
    bool first = true;
    for (Neighbour& n : m_neighbours) {
        const std::string text = n.place.name + "  " + std::to_string(static_cast<int>(n.place.distanceKm + 0.5)) + " km";
        if (wrappedChoice(text, n.wanted, finger, first)) n.wanted = !n.wanted;
        MarkLastItem(out, "setupNeighbour:" + n.place.name);
    }
    ImGui::Spacing();
    textField(in, out, "setup:other", "setup.other.hint", m_other, kMaxMunicipalityNameBytes, width);
    if (m_other.value.empty()) return;
    first = true;
    const MunicipalityInfo* own = list.find(m_ownChosen);
    for (const MunicipalityInfo* m : list.suggest(m_other.value, kTypeAhead)) {
        if (m->name == m_ownChosen) continue;
        if (!wrappedChoice("+ " + m->name, false, finger, first)) continue;
        auto known = std::find_if(m_neighbours.begin(), m_neighbours.end(), [&](const Neighbour& n) { return n.place.name == m->name; });
        if (known != m_neighbours.end()) {
            known->wanted = true;
        } else {
            NearbyMunicipality place{m->name, 0, 0};
            if (own && own->position && m->position) {
                place.distanceKm = distanceKm(*own->position, *m->position);
                place.bearing = bearingDegrees(*own->position, *m->position);
            }
            m_neighbours.push_back({place, true});
        }
        m_other.value.clear();
        break;
    }
}

// Language and room, the programme to start from, and partners from an earlier board.
void NewWorkshopForm::drawRight(const ViewInput& in, ViewIntents& out, const std::vector<BoardSummary>& boards,
                                float finger) {
    const float width = ImGui::GetContentRegionAvail().x;
    // Language and room in one row: NL, EN | projector, table.
    label(in, "setup.languageAndLayout");
    const float quarter = (width - 5 * ImGui::GetStyle().ItemSpacing.x) / 4;  // two gaps and one wide gap
    if (touch::Choice("Nederlands", m_lang == Lang::Nl, {quarter, finger})) m_lang = Lang::Nl;
    MarkLastItem(out, "setupLanguageNl");
    ImGui::SameLine();
    if (touch::Choice("English", m_lang == Lang::En, {quarter, finger})) m_lang = Lang::En;
    MarkLastItem(out, "setupLanguageEn");
    if (m_lang != in.lang) out.lang = m_lang;  // the set-up speaks the workshop's language at once
    ImGui::SameLine(0, 3 * ImGui::GetStyle().ItemSpacing.x);
    if (touch::Choice(in.tr("setup.layout.projector").c_str(), m_layout == RoomLayout::Projector, {quarter, finger}))
        m_layout = RoomLayout::Projector;
    MarkLastItem(out, "setupLayoutProjector");
    ImGui::SameLine();
    if (touch::Choice(in.tr("setup.layout.table").c_str(), m_layout == RoomLayout::Table, {quarter, finger}))
        m_layout = RoomLayout::Table;
    MarkLastItem(out, "setupLayoutTable");

    label(in, "setup.programme");
    for (ProgrammeTemplate t : programmeTemplates()) {
        const std::string id = programmeTemplateName(t);
        const int minutes = programmeMinutes(programmeFromTemplate(t, 1, in.tr));
        const std::string text = in.tr("template." + id + ".name") + "  ·  " + std::to_string(minutes) + " min";
        if (touch::Choice(text.c_str(), m_programme == t, {width, finger})) m_programme = t;
        MarkLastItem(out, "setupProgramme:" + id);
        ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kInkSoft));
        ImGui::TextWrapped("%s", in.tr("template." + id + ".about").c_str());
        ImGui::PopStyleColor();
    }

    label(in, "setup.reuse");
    if (touch::Choice(in.tr("setup.reuse.none").c_str(), m_reusePath.empty(), {width, finger})) m_reusePath.clear();
    int shown = 0;
    for (const BoardSummary& b : boards) {
        if (b.status != BoardStatus::Ok || shown == 3) continue;
        ++shown;
        std::string text = b.title.empty() ? b.organisation : b.title;
        if (text.empty()) text = in.tr("start.untitled");
        if (!b.date.empty()) text += "  ·  " + shortDate(b.date, in.lang);
        if (touch::Choice(text.c_str(), m_reusePath == b.path, {width, finger})) m_reusePath = b.path;
        MarkLastItem(out, "setupReuse:" + std::to_string(shown));
    }
}

}  // namespace nt
