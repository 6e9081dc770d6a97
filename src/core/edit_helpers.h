// Shared by the files that turn intents into commands (edits.cpp,
// combination_edits.cpp): replacing one item, and keeping values inside
// what the board file accepts so that every save loads again.
#pragma once

#include <algorithm>
#include <cmath>
#include <memory>

#include "core/commands.h"

namespace nt::detail {

// A replace of one item, or nullptr when the item is gone or the change
// would change nothing (so the history holds no empty steps).
template <class T, class F>
CommandPtr replaceWith(const std::vector<T>& items, Id id, F change) {
    const T* item = findById(items, id);
    if (!item) return nullptr;
    T after = *item;
    change(after);
    if (after == *item) return nullptr;
    return std::make_unique<ReplaceItem<T>>(*item, std::move(after));
}

inline bool finite(Vec2 p) { return std::isfinite(p.x) && std::isfinite(p.y); }
inline Vec2 onBoard(Vec2 p) {
    return {std::clamp(p.x, kMinCoordX, kMaxCoordX), std::clamp(p.y, kMinCoordY, kMaxCoordY)};
}

// Moves an item with a `pos` (actor, note) by delta, kept on the board: how
// partners follow their bubble and ideas follow their card.
template <class T>
CommandPtr shiftBy(const std::vector<T>& items, Id id, Vec2 delta) {
    return replaceWith(items, id, [&](T& item) { item.pos = onBoard({item.pos.x + delta.x, item.pos.y + delta.y}); });
}

}  // namespace nt::detail
