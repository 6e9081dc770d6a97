// The long-press menu in table layout: a short list of what can be done
// with an item, opened at the finger and turned to face the edge of the
// table the finger came from (an ImGui popup cannot turn, so in projector
// layout the view's popup stays). Several can be open at once, one per item;
// each works with whichever pointer taps it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "core/history.h"
#include "input/keyboard_geometry.h"
#include "input/pointer_event.h"

namespace nt {

enum class MenuAction { Edit, Rename, OpenCombination, KindStrength, KindWeakness, KindIdea, KindFree, TurnToMe, Delete, Close };

// What the menu of an item offers, top to bottom (empty when it is gone).
std::vector<MenuAction> menuActions(const Board& board, Id item);

struct TableMenu {
    std::uint64_t id = 0;
    Id item = kNoId;
    KeyboardFrame frame;             // its centre, side and row height (frame.unit)
    std::vector<MenuAction> actions;
    double lastUsed = 0;             // it closes by itself when left alone

    double rowHeight() const { return frame.unit; }
    double width() const { return frame.unit * 8; }
    // A row's rectangle in the menu's own frame (x right, y towards the person).
    layout::Rect row(size_t index) const;
    layout::Rect localRect() const;
    layout::Rect boardBounds() const;
};

// What a chosen action asks of others: the router opens a keyboard or tells the view.
struct MenuChoice {
    MenuAction action;
    Id item;
    Vec2 pos;                        // where the finger was
};

class TableMenus {
public:
    static constexpr double kIdleSeconds = 12;

    explicit TableMenus(History& history) : m_history(history) {}

    // Opens the menu of an item at the finger. Returns its id, or 0.
    std::uint64_t open(Id item, Vec2 at, double boardUnitsPerMm, double now);
    // True when the event was a menu's. A tap on a row does it and closes the menu;
    // changes to the board are applied here, the rest comes back from takeChoices().
    bool handle(const PointerEvent& e);
    void update(double now);
    std::optional<double> nextDeadline() const;
    void cancelPointers() { m_pointers.clear(); }

    const std::vector<TableMenu>& menus() const { return m_menus; }
    std::vector<MenuChoice> takeChoices() { return std::exchange(m_choices, {}); }
    // The row under a point (menu id and row), if any.
    std::optional<std::pair<std::uint64_t, int>> hitTest(Vec2 p) const;

private:
    void choose(const TableMenu& menu, MenuAction action, Vec2 at);

    History& m_history;
    std::vector<TableMenu> m_menus;
    std::map<std::uint64_t, std::pair<std::uint64_t, int>> m_pointers;  // pointer → (menu, row or -1)
    std::vector<MenuChoice> m_choices;
    std::uint64_t m_next = 1;
};

}  // namespace nt
