// The workshop's texts: where they sit on the card, and edits of one field.
#include "core/workshop_fields.h"

#include "core/dates.h"

namespace nt {

namespace {

std::string& textOf(Workshop& w, WorkshopField field) {
    switch (field) {
        case WorkshopField::Title: return w.title;
        case WorkshopField::Organisation: return w.organisation;
        case WorkshopField::Date: return w.date;
        case WorkshopField::WhatWeDo: return w.whatWeDo;
        case WorkshopField::Aim: return w.aim;
        case WorkshopField::ForWhom: break;
    }
    return w.forWhom;
}

// What an edit of the field is called on the undo button.
const char* stepKey(WorkshopField field) {
    switch (field) {
        case WorkshopField::Title: return "step.workshop.title";
        case WorkshopField::Organisation: return "step.workshop.organisation";
        case WorkshopField::Date: return "step.workshop.date";
        case WorkshopField::WhatWeDo: return "step.workshop.whatWeDo";
        case WorkshopField::Aim: return "step.workshop.aim";
        case WorkshopField::ForWhom: break;
    }
    return "step.workshop.forWhom";
}

// The card's header row and the answers' columns, with a small margin all round.
constexpr double kMargin = 10;
constexpr double kHeaderBottom = 46;  // below the card's top

}  // namespace

const char* workshopFieldName(WorkshopField field) {
    switch (field) {
        case WorkshopField::Title: return "title";
        case WorkshopField::Organisation: return "organisation";
        case WorkshopField::Date: return "date";
        case WorkshopField::WhatWeDo: return "whatWeDo";
        case WorkshopField::Aim: return "aim";
        case WorkshopField::ForWhom: break;
    }
    return "forWhom";
}

std::optional<WorkshopField> workshopFieldNamed(std::string_view name) {
    for (WorkshopField f : kWorkshopFields)
        if (name == workshopFieldName(f)) return f;
    return std::nullopt;
}

const std::string& workshopFieldText(const Workshop& workshop, WorkshopField field) {
    return textOf(const_cast<Workshop&>(workshop), field);
}

bool isPracticeField(WorkshopField field) {
    return field == WorkshopField::WhatWeDo || field == WorkshopField::Aim || field == WorkshopField::ForWhom;
}

bool workshopFieldMultiline(WorkshopField field) { return isPracticeField(field); }

std::size_t workshopFieldMaxBytes(WorkshopField field) {
    if (field == WorkshopField::Date) return 10;
    return isPracticeField(field) ? kMaxNoteTextBytes : kMaxNameBytes;
}

layout::Rect workshopFieldRect(WorkshopField field) {
    const layout::Rect& c = layout::kOwnPracticeCard;
    const double top = c.y0 + 4, headerBottom = c.y0 + kHeaderBottom;
    switch (field) {
        case WorkshopField::Title: return {c.x0 + kMargin, top, c.x0 + 560, headerBottom};
        case WorkshopField::Organisation: return {c.x0 + 568, top, c.x0 + 870, headerBottom};
        case WorkshopField::Date: return {c.x0 + 878, top, c.x1 - kMargin, headerBottom};
        case WorkshopField::WhatWeDo:
        case WorkshopField::Aim:
        case WorkshopField::ForWhom: break;
    }
    const int column = field == WorkshopField::WhatWeDo ? 0 : field == WorkshopField::Aim ? 1 : 2;
    const double width = (c.width() - 2 * kMargin) / 3;
    const double x0 = c.x0 + kMargin + column * width;
    return {x0, headerBottom + 2, x0 + width - 8, c.y1 - 4};
}

std::optional<WorkshopField> workshopFieldAt(Vec2 p) {
    for (WorkshopField f : kWorkshopFields)
        if (workshopFieldRect(f).contains(p)) return f;
    return std::nullopt;
}

CommandPtr setWorkshopField(const Board& board, WorkshopField field, std::string text) {
    if (field == WorkshopField::Date) {
        // Spaces around a day are forgiven; anything but a day or nothing is not a date.
        const auto first = text.find_first_not_of(" \t\r\n");
        text = first == std::string::npos ? std::string() : text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
        if (!text.empty() && !isIsoDay(text)) return nullptr;
    } else {
        text = truncateUtf8(std::move(text), workshopFieldMaxBytes(field));
        if (!workshopFieldMultiline(field))
            for (char& ch : text)
                if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
    }
    const std::string& before = workshopFieldText(board.workshop, field);
    if (before == text) return nullptr;
    return named(std::make_unique<SetWorkshopField>(field, before, std::move(text)), stepKey(field));
}

void SetWorkshopField::apply(Board& board) { textOf(board.workshop, m_field) = m_after; }

void SetWorkshopField::revert(Board& board) { textOf(board.workshop, m_field) = m_before; }

bool SetWorkshopField::absorb(const Command& next) {
    if (typeid(next) != typeid(SetWorkshopField)) return false;
    const auto& n = static_cast<const SetWorkshopField&>(next);
    if (n.m_field != m_field) return false;
    m_after = n.m_after;
    return true;
}

}  // namespace nt
