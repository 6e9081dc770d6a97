// What the board says about the workshop: its title, organisation and date,
// and the three own-practice answers (METHOD.md step 1: what we do, with
// what aim, for whom). Where each one sits on the own-practice card (shared
// by drawing and hit testing), how it is read, and an edit of one field as
// one command of that field alone, so two people writing two fields at once
// each take back only their own words.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/commands.h"
#include "core/layout.h"

namespace nt {

enum class WorkshopField { Title, Organisation, Date, WhatWeDo, Aim, ForWhom };

inline constexpr WorkshopField kWorkshopFields[] = {WorkshopField::Title,    WorkshopField::Organisation,
                                                    WorkshopField::Date,     WorkshopField::WhatWeDo,
                                                    WorkshopField::Aim,      WorkshopField::ForWhom};
inline constexpr WorkshopField kPracticeFields[] = {WorkshopField::WhatWeDo, WorkshopField::Aim, WorkshopField::ForWhom};

// "title", "organisation", "date", "whatWeDo", "aim", "forWhom": the field's
// name in keyboard keys ("workshop:title") and the UI map.
const char* workshopFieldName(WorkshopField field);
std::optional<WorkshopField> workshopFieldNamed(std::string_view name);

const std::string& workshopFieldText(const Workshop& workshop, WorkshopField field);
bool isPracticeField(WorkshopField field);
// The three answers are a few sentences (Enter makes a new line); the rest is one line.
bool workshopFieldMultiline(WorkshopField field);
std::size_t workshopFieldMaxBytes(WorkshopField field);

// Where the field lies on the own-practice card (layout::kOwnPracticeCard),
// in board units: the title, organisation and date along the top, the three
// answers side by side below them. The whole rectangle answers a tap.
layout::Rect workshopFieldRect(WorkshopField field);
std::optional<WorkshopField> workshopFieldAt(Vec2 p);

// One field's new text as one undoable step, kept to the field's length;
// nullptr when nothing changes. The date takes an ISO day ("2026-11-23") or
// nothing at all: anything else is refused (nullptr), never stored.
CommandPtr setWorkshopField(const Board& board, WorkshopField field, std::string text);

// Changes one text of the workshop and nothing else; consecutive changes of
// the same field (a keyboard's keys) merge into one step.
class SetWorkshopField final : public Command {
public:
    SetWorkshopField(WorkshopField field, std::string before, std::string after)
        : m_field(field), m_before(std::move(before)), m_after(std::move(after)) {}
    void apply(Board& board) override;
    void revert(Board& board) override;
    bool absorb(const Command& next) override;

private:
    WorkshopField m_field;
    std::string m_before;
    std::string m_after;
};

}  // namespace nt
