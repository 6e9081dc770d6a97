// The arena panel of one actor.
#include "view/arena_panel.h"

#include <imgui.h>
#include <imgui_internal.h>

#include "core/arena.h"
#include "core/layout.h"
#include "view/board_view.h"
#include "view/keyboard_field.h"
#include "view/theme.h"
#include "view/touch_widgets.h"

namespace nt {

const char* replaceabilityKey(Replaceability r) {
    switch (r) {
        case Replaceability::Large: return "arena.replaceability.large";
        case Replaceability::RatherLarge: return "arena.replaceability.ratherLarge";
        case Replaceability::RatherSmall: return "arena.replaceability.ratherSmall";
        case Replaceability::Small: return "arena.replaceability.small";
        case Replaceability::Unset: break;
    }
    return "arena.unset";
}

const char* dependencyKey(Dependency d) {
    switch (d) {
        case Dependency::Large: return "arena.dependency.large";
        case Dependency::RatherLarge: return "arena.dependency.ratherLarge";
        case Dependency::RatherSmall: return "arena.dependency.ratherSmall";
        case Dependency::Unset: break;
    }
    return "arena.unset";
}

namespace {

// One text answer of an actor's arena analysis, for an on-screen keyboard.
TextTarget arenaField(Id actor, const char* name, const char* hintKey, std::string ArenaAssessment::*member) {
    const bool multiline = member == &ArenaAssessment::resources;
    return boardField(
        "arena:" + std::to_string(actor) + ":" + name, hintKey, multiline, multiline ? kMaxNoteTextBytes : kMaxNameBytes,
        [actor, member](const Board& b) -> std::optional<std::string> {
            const Actor* a = findById(b.actors, actor);
            return a ? std::optional(a->arena.*member) : std::nullopt;
        },
        [actor, member](const Board& b, const std::string& text) -> CommandPtr {
            const Actor* a = findById(b.actors, actor);
            if (!a) return nullptr;
            ArenaAssessment next = a->arena;
            next.*member = text;
            return setArena(b, actor, std::move(next));
        });
}

}  // namespace

void ArenaPanel::open(Id actor) {
    m_actor = actor;
    m_justOpened = true;
    m_resources.reset();
    m_replaceableBy.reset();
}

ArenaPanel::Action ArenaPanel::draw(const ViewInput& in, ViewIntents& out, bool onTop) {
    const Actor* actor = findById(in.board.actors, m_actor);
    if (!actor) {
        m_actor = kNoId;
        return Action::None;
    }
    const Board& b = in.board;
    const Id id = actor->id;
    const ArenaAssessment& now = actor->arena;
    // A change of one answer: the whole assessment as it is, with that answer changed.
    auto change = [&](auto edit) {
        ArenaAssessment next = now;
        edit(next);
        out.commands.push_back(setArena(b, id, std::move(next)));
    };

    const float s = static_cast<float>(in.xf.scale);
    const float finger = static_cast<float>(touch::kFingerHeight) * s;
    const double width = 820;
    const Vec2 topLeft = in.xf.toScreen({layout::kDiagramArea.centre().x - width / 2, 60});
    ImGui::SetNextWindowPos({static_cast<float>(topLeft.x), static_cast<float>(topLeft.y)}, ImGuiCond_Always);
    ImGui::SetNextWindowSize({static_cast<float>(width) * s, 0});
    if (m_justOpened) ImGui::SetNextWindowFocus();
    m_justOpened = false;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {28 * s, 22 * s});
    ImGui::Begin("##arenaPanel", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PopStyleVar();
    if (onTop) ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    ImGui::PushID(static_cast<int>(id));

    // Who: token, name, municipality.
    const ActorType& type = in.catalogue.find(actor->type, &b);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float tokenR = 30 * s;
    touch::Token(ImGui::GetWindowDrawList(), in.fonts, in.xf, type, {at.x + tokenR, at.y + tokenR}, 30);
    ImGui::SetCursorScreenPos({at.x + 2 * tokenR + 18 * s, at.y - 2 * s});
    ImGui::BeginGroup();
    ImGui::PushFont(in.fonts.heading);
    ImGui::TextUnformatted(actor->name.empty() ? type.name(in.lang).c_str() : actor->name.c_str());
    ImGui::PopFont();
    const Municipality* m = findById(b.municipalities, actor->municipality);
    std::string where = type.name(in.lang);
    where += "  ·  ";
    where += m ? m->name : in.tr("arena.outside");
    ImGui::TextDisabled("%s", where.c_str());
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos({at.x, std::max(ImGui::GetCursorScreenPos().y, at.y + 2 * tokenR + 6 * s)});
    if (!b.workshop.arenaIssue.empty()) touch::Label(in.tr("arena.issue") + ": " + b.workshop.arenaIssue);

    touch::Label(in.tr("arena.resources"));
    if (touch::BoundMultiline("##resources", m_resources, now.resources, in.tr("arena.resourcesHint"), {-1, 96 * s}))
        change([&](ArenaAssessment& a) { a.resources = m_resources.text; });
    OfferKeyboard(in, out, arenaField(id, "resources", "arena.resourcesHint", &ArenaAssessment::resources));

    touch::Label(in.tr("arena.importance"));
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float quarter = (ImGui::GetContentRegionAvail().x - 3 * gap) / 4;
    for (int level = 1; level <= 4; ++level) {
        if (level > 1) ImGui::SameLine();
        ImGui::PushFont(in.fonts.heading);
        const std::string label = std::to_string(level) + "##importance";
        if (touch::Choice(label.c_str(), now.importance == level, {quarter, finger * 1.2f}))
            change([&](ArenaAssessment& a) { a.importance = a.importance == level ? 0 : level; });
        ImGui::PopFont();
    }
    ImGui::TextDisabled("%s", in.tr("arena.importanceScale").c_str());

    // The two rows share words ("groot"), so each gets its own id scope.
    touch::Label(in.tr("arena.replaceability"));
    ImGui::PushID("replaceability");
    for (Replaceability r : {Replaceability::Large, Replaceability::RatherLarge, Replaceability::RatherSmall, Replaceability::Small}) {
        if (r != Replaceability::Large) ImGui::SameLine();
        if (touch::Choice(in.tr(replaceabilityKey(r)).c_str(), now.replaceability == r, {quarter, finger}))
            change([&](ArenaAssessment& a) { a.replaceability = a.replaceability == r ? Replaceability::Unset : r; });
    }
    ImGui::PopID();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(in.tr("arena.replaceableBy").c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    if (touch::BoundInput("##by", m_replaceableBy, now.replaceableBy, in.tr("arena.replaceableByHint")))
        change([&](ArenaAssessment& a) { a.replaceableBy = m_replaceableBy.text; });
    OfferKeyboard(in, out, arenaField(id, "replaceableBy", "arena.replaceableByHint", &ArenaAssessment::replaceableBy));

    touch::Label(in.tr("arena.dependency"));
    const float third = (ImGui::GetContentRegionAvail().x - 2 * gap) / 3;
    ImGui::PushID("dependency");
    for (Dependency d : {Dependency::Large, Dependency::RatherLarge, Dependency::RatherSmall}) {
        if (d != Dependency::Large) ImGui::SameLine();
        if (touch::Choice(in.tr(dependencyKey(d)).c_str(), now.dependency == d, {third, finger}))
            change([&](ArenaAssessment& a) { a.dependency = a.dependency == d ? Dependency::Unset : d; });
    }
    ImGui::PopID();

    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    Action action = Action::None;
    if (touch::Choice(in.tr("arena.done").c_str(), true, {third, finger})) m_actor = kNoId;
    ImGui::SameLine();
    if (ImGui::Button(in.tr("arena.showRanking").c_str(), {third, finger})) {
        action = Action::ShowRanking;
        m_actor = kNoId;
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(!assessed(now));
    if (ImGui::Button(in.tr("arena.clear").c_str(), {third, finger})) out.commands.push_back(setArena(b, id, {}));
    ImGui::EndDisabled();
    ImGui::PopID();
    ImGui::End();
    return action;
}

}  // namespace nt
