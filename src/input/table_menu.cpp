// Long-press menus that face the person, for table layout.
#include "input/table_menu.h"

#include <algorithm>

#include "core/edits.h"

namespace nt {

namespace {

constexpr double kRowMm = 12.0;  // a finger's width, like the keys
constexpr double kMargin = 8;

}  // namespace

std::vector<MenuAction> menuActions(const Board& board, Id item) {
    std::vector<MenuAction> out;
    if (const Note* n = findById(board.notes, item)) {
        out.push_back(MenuAction::Edit);
        const std::pair<NoteKind, MenuAction> kinds[] = {{NoteKind::Strength, MenuAction::KindStrength},
                                                         {NoteKind::Weakness, MenuAction::KindWeakness},
                                                         {NoteKind::Idea, MenuAction::KindIdea},
                                                         {NoteKind::Free, MenuAction::KindFree}};
        for (const auto& [kind, action] : kinds)
            if (n->kind != kind) out.push_back(action);
        out.push_back(MenuAction::TurnToMe);
    } else if (findById(board.actors, item)) {
        out.push_back(MenuAction::Rename);
        out.push_back(MenuAction::TurnToMe);
    } else if (findById(board.combinations, item)) {
        out.push_back(MenuAction::OpenCombination);
    } else if (!findById(board.municipalities, item)) {
        return out;
    }
    out.push_back(MenuAction::Delete);
    out.push_back(MenuAction::Close);
    return out;
}

layout::Rect TableMenu::localRect() const {
    const double h = rowHeight() * static_cast<double>(actions.size());
    return {-width() / 2, -h / 2, width() / 2, h / 2};
}

layout::Rect TableMenu::row(size_t index) const {
    const layout::Rect r = localRect();
    const double y = r.y0 + rowHeight() * static_cast<double>(index);
    return {r.x0, y, r.x1, y + rowHeight()};
}

layout::Rect TableMenu::boardBounds() const {
    const layout::Rect r = localRect();
    const bool across = frame.side == Side::Left || frame.side == Side::Right;
    const double hw = (across ? r.height() : r.width()) / 2, hh = (across ? r.width() : r.height()) / 2;
    return {frame.centre.x - hw, frame.centre.y - hh, frame.centre.x + hw, frame.centre.y + hh};
}

std::uint64_t TableMenus::open(Id item, Vec2 at, double boardUnitsPerMm, double now) {
    const Board& board = m_history.board();
    TableMenu m;
    m.actions = menuActions(board, item);
    if (m.actions.empty()) return 0;
    std::erase_if(m_menus, [&](const TableMenu& o) { return o.item == item; });
    m.id = m_next++;
    m.item = item;
    m.lastUsed = now;
    m.frame.side = facingSide(board.display.layout, at);
    m.frame.unit = std::clamp(kRowMm * boardUnitsPerMm, 24.0, 70.0);
    // Just beyond the finger, away from the person, so the hand does not hide it.
    const layout::Rect r = m.localRect();
    const Vec2 v = fromFacing(m.frame.side, {r.width() / 2 - m.rowHeight() * 0.5, -r.height() / 2 - m.rowHeight() * 0.4});
    m.frame.centre = {at.x + v.x, at.y + v.y};
    const layout::Rect b = m.boardBounds();
    m.frame.centre.x += std::max(0.0, kMargin - b.x0) - std::max(0.0, b.x1 - (kBoardWidth - kMargin));
    m.frame.centre.y += std::max(0.0, kMargin - b.y0) - std::max(0.0, b.y1 - (kBoardHeight - kMargin));
    m_menus.push_back(std::move(m));
    return m_menus.back().id;
}

std::optional<std::pair<std::uint64_t, int>> TableMenus::hitTest(Vec2 p) const {
    for (auto it = m_menus.rbegin(); it != m_menus.rend(); ++it) {
        const Vec2 local = it->frame.toLocal(p);
        if (!it->localRect().contains(local)) continue;
        for (size_t i = 0; i < it->actions.size(); ++i)
            if (it->row(i).contains(local)) return std::pair{it->id, static_cast<int>(i)};
        return std::pair{it->id, -1};
    }
    return std::nullopt;
}

bool TableMenus::handle(const PointerEvent& e) {
    if (e.phase == PointerPhase::Down) {
        m_pointers.erase(e.pointer);
        const auto hit = hitTest(e.pos);
        if (!hit) return false;
        m_pointers[e.pointer] = *hit;
        for (TableMenu& m : m_menus)
            if (m.id == hit->first) m.lastUsed = e.t;
        return true;
    }
    auto it = m_pointers.find(e.pointer);
    if (it == m_pointers.end()) return false;
    if (e.phase == PointerPhase::Move) return true;
    const auto down = it->second;
    m_pointers.erase(it);
    if (e.phase != PointerPhase::Up) return true;
    // A row acts when the finger lifts on the row it went down on.
    const auto up = hitTest(e.pos);
    if (!up || *up != down || down.second < 0) return true;
    auto menu = std::find_if(m_menus.begin(), m_menus.end(), [&](const TableMenu& m) { return m.id == down.first; });
    if (menu == m_menus.end()) return true;
    const TableMenu chosen = *menu;
    m_menus.erase(menu);
    std::erase_if(m_pointers, [&](const auto& kv) { return kv.second.first == chosen.id; });
    choose(chosen, chosen.actions[static_cast<size_t>(down.second)], e.pos);
    return true;
}

void TableMenus::choose(const TableMenu& menu, MenuAction action, Vec2 at) {
    const Board& b = m_history.board();
    switch (action) {
        case MenuAction::KindStrength: m_history.apply(setNoteKind(b, menu.item, NoteKind::Strength)); break;
        case MenuAction::KindWeakness: m_history.apply(setNoteKind(b, menu.item, NoteKind::Weakness)); break;
        case MenuAction::KindIdea: m_history.apply(setNoteKind(b, menu.item, NoteKind::Idea)); break;
        case MenuAction::KindFree: m_history.apply(setNoteKind(b, menu.item, NoteKind::Free)); break;
        case MenuAction::TurnToMe:
            m_history.apply(findById(b.actors, menu.item) ? rotateActor(b, menu.item, facingDegrees(menu.frame.side))
                                                          : rotateNote(b, menu.item, facingDegrees(menu.frame.side)));
            break;
        case MenuAction::Delete: m_history.apply(removeItem(b, menu.item)); break;
        case MenuAction::Close: break;
        case MenuAction::Edit:
        case MenuAction::Rename:
        case MenuAction::OpenCombination: m_choices.push_back({action, menu.item, at}); break;
    }
}

void TableMenus::update(double now) {
    const Board& b = m_history.board();
    std::erase_if(m_menus, [&](const TableMenu& m) {
        const bool held = std::any_of(m_pointers.begin(), m_pointers.end(), [&](const auto& kv) { return kv.second.first == m.id; });
        return !held && (now - m.lastUsed >= kIdleSeconds || menuActions(b, m.item).empty());
    });
}

std::optional<double> TableMenus::nextDeadline() const {
    std::optional<double> next;
    for (const TableMenu& m : m_menus)
        if (!next || m.lastUsed + kIdleSeconds < *next) next = m.lastUsed + kIdleSeconds;
    return next;
}

}  // namespace nt
