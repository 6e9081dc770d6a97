// Commands: every change to a board is an object that can apply and revert
// itself. They are generic over the item kind, so one "replace" command
// serves a move, a rename, a rotation or a text edit alike; what a command
// means ("Bibliotheek verplaatst") is its name, given by the function that
// made it (edits.h and the rest), for the undo button.
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

#include "core/item_patch.h"
#include "core/model.h"
#include "core/step_name.h"

namespace nt {

class Command {
public:
    virtual ~Command() = default;
    virtual void apply(Board& board) = 0;
    virtual void revert(Board& board) = 0;
    // Absorbs `next` (which directly follows this command) when both change
    // the same thing, so a drag of a hundred moves becomes one step.
    virtual bool absorb(const Command& next) { (void)next; return false; }

    // What the step this command makes is called, and how much that says
    // when it is one of several in a step (step_name.h).
    virtual const StepName& name() const { return m_name; }
    virtual StepWeight weight() const { return m_weight; }
    void setName(StepName name, StepWeight weight) {
        m_name = std::move(name);
        m_weight = m_name.empty() ? StepWeight::Unnamed : weight;
    }

private:
    StepName m_name;
    StepWeight m_weight = StepWeight::Unnamed;
};
using CommandPtr = std::unique_ptr<Command>;

// Names the step `cmd` makes and hands it back (nullptr stays nullptr):
// return named(replaceWith(...), "step.actor.moved", actor.name);
CommandPtr named(CommandPtr cmd, std::string key, std::string item = {}, StepWeight weight = StepWeight::Change);
inline CommandPtr namedAddOrRemove(CommandPtr cmd, std::string key, std::string item = {}) {
    return named(std::move(cmd), std::move(key), std::move(item), StepWeight::AddOrRemove);
}

// Adds an item at a position in its list (the end by default).
template <class T>
class AddItem final : public Command {
public:
    explicit AddItem(T item, size_t index = SIZE_MAX) : m_item(std::move(item)), m_index(index) {}
    void apply(Board& board) override {
        auto& items = itemsOf<T>(board);
        if (findById(items, m_item.id)) return;
        const size_t at = std::min(m_index, items.size());
        items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), m_item);
        if (board.nextId <= m_item.id) board.nextId = m_item.id + 1;
    }
    void revert(Board& board) override {
        auto& items = itemsOf<T>(board);
        std::erase_if(items, [&](const T& t) { return t.id == m_item.id; });
    }

private:
    T m_item;
    size_t m_index;
};

// Removes an item and remembers where it stood, so undo puts it back in place.
template <class T>
class RemoveItem final : public Command {
public:
    explicit RemoveItem(T item) : m_item(std::move(item)) {}
    void apply(Board& board) override {
        auto& items = itemsOf<T>(board);
        for (size_t i = 0; i < items.size(); ++i) {
            if (items[i].id == m_item.id) {
                m_item = items[i];
                m_index = i;
                items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
                return;
            }
        }
    }
    void revert(Board& board) override {
        auto& items = itemsOf<T>(board);
        if (findById(items, m_item.id)) return;
        const size_t at = std::min(m_index, items.size());
        items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), m_item);
    }

private:
    T m_item;
    size_t m_index = SIZE_MAX;
};

// Changes fields of an item: apply writes the fields that differ between
// before and after, revert writes them back, and other fields are left as
// they are. The version grows on apply and on revert, so anyone comparing
// versions sees every change, undo included.
template <class T>
class ReplaceItem final : public Command {
public:
    ReplaceItem(T before, T after) : m_before(std::move(before)), m_after(std::move(after)) {}
    void apply(Board& board) override { patch(board, m_before, m_after); }
    void revert(Board& board) override { patch(board, m_after, m_before); }
    bool absorb(const Command& next) override {
        if (typeid(next) != typeid(ReplaceItem<T>)) return false;
        const auto& n = static_cast<const ReplaceItem<T>&>(next);
        if (n.m_after.id != m_after.id) return false;
        // Only what the next change changed: fields someone else edited in
        // between stay out of this step.
        patchChanged(m_after, n.m_before, n.m_after);
        return true;
    }

private:
    static void patch(Board& board, const T& from, const T& to) {
        T* item = findById(itemsOf<T>(board), to.id);
        if (!item) return;
        patchChanged(*item, from, to);
        ++item->version;
    }
    T m_before;
    T m_after;
};

// Replaces one whole part of the board (the workshop texts, the vote
// session, the programme, the display settings) with its state before and
// after, so undo puts back exactly what was there.
template <auto Part>
class SetBoardPart final : public Command {
public:
    using Value = std::remove_cvref_t<decltype(std::declval<Board&>().*Part)>;
    SetBoardPart(Value before, Value after) : m_before(std::move(before)), m_after(std::move(after)) {}
    void apply(Board& board) override { board.*Part = m_after; }
    void revert(Board& board) override { board.*Part = m_before; }
    // Consecutive changes of the same part (a timer ticking through +1 min
    // presses, a field typed letter by letter) can merge into one step.
    bool absorb(const Command& next) override {
        if (typeid(next) != typeid(SetBoardPart)) return false;
        m_after = static_cast<const SetBoardPart&>(next).m_after;
        return true;
    }

private:
    Value m_before;
    Value m_after;
};

using SetWorkshop = SetBoardPart<&Board::workshop>;
using SetVoteSession = SetBoardPart<&Board::vote>;
using SetProgramme = SetBoardPart<&Board::programme>;
using SetDisplaySettings = SetBoardPart<&Board::display>;
using SetPhoneNoteSettings = SetBoardPart<&Board::phones>;
using SetRoomResult = SetBoardPart<&Board::roomResult>;

// Several commands as one step; reverted in reverse order. Named (setName)
// it is called that; otherwise after its weightiest part (step_name.h): of
// equal weight the first kind of change, with the newest item name of that
// kind (a keyboard's last key gives the note's words as they stand).
class CommandGroup final : public Command {
public:
    CommandGroup() = default;
    explicit CommandGroup(std::vector<CommandPtr> parts);
    void apply(Board& board) override;
    void revert(Board& board) override;
    // Appends, flattening nested groups and letting an earlier part absorb a
    // later change of the same item.
    void append(CommandPtr cmd);
    bool empty() const { return m_parts.empty(); }
    size_t size() const { return m_parts.size(); }

    const StepName& name() const override;
    StepWeight weight() const override;

private:
    void appendParts(CommandPtr cmd);
    void takeName(const Command& part);

    std::vector<CommandPtr> m_parts;
    StepName m_partsName;  // the parts' name, when the group has none of its own
    StepWeight m_partsWeight = StepWeight::Unnamed;
};

}  // namespace nt
