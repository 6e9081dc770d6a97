// Drawing the own-practice card and its editable fields.
#include "view/workshop_card.h"

#include "core/dates.h"
#include "core/programme.h"
#include "input/text_target.h"
#include "view/theme.h"

namespace nt {

using theme::rgb;

namespace {

const char* placeholderKey(WorkshopField field) {
    switch (field) {
        case WorkshopField::Title: return "workshop.placeholder.title";
        case WorkshopField::Organisation: return "workshop.placeholder.organisation";
        case WorkshopField::Date: return "workshop.placeholder.date";
        case WorkshopField::WhatWeDo:
        case WorkshopField::Aim:
        case WorkshopField::ForWhom: break;
    }
    return "practice.empty";
}

const char* labelKey(WorkshopField field) {
    return field == WorkshopField::WhatWeDo ? "practice.what" : field == WorkshopField::Aim ? "practice.aim" : "practice.forWhom";
}

// A field's zone, outlined: soft while the phase invites, strong while someone writes in it.
void outline(const CanvasContext& c, const layout::Rect& r, bool writing) {
    const double pad = 3;
    const ImVec2 p0 = c.at({r.x0 - pad, r.y0 - pad}), p1 = c.at({r.x1 + pad, r.y1 + pad});
    if (writing) {
        c.draw->AddRectFilled(p0, p1, rgb(theme::kAccent, 22), c.len(10));
        c.draw->AddRect(p0, p1, rgb(theme::kAccent), c.len(10), 0, c.len(4));
    } else {
        c.draw->AddRectFilled(p0, p1, rgb(theme::kAccent, 12), c.len(10));
        c.draw->AddRect(p0, p1, rgb(theme::kAccent, 110), c.len(10), 0, c.len(2));
    }
}

// A small pencil at the right end of a zone: "this can be written on".
void pencil(const CanvasContext& c, const layout::Rect& r, std::uint8_t alpha) {
    const Vec2 tip{r.x1 - 22, r.y0 + 24};
    const ImU32 ink = rgb(theme::kAccent, alpha);
    c.draw->AddLine(c.at(tip), c.at({tip.x + 12, tip.y - 12}), ink, c.len(5));
    c.draw->AddTriangleFilled(c.at({tip.x - 3, tip.y + 3}), c.at({tip.x + 1, tip.y - 4}), c.at({tip.x + 4, tip.y - 1}), ink);
}

}  // namespace

void DrawWorkshopCard(const CanvasContext& c, const Board& board, const KeyboardDesk* live,
                      std::optional<WorkshopField> editing) {
    const auto& r = layout::kOwnPracticeCard;
    const Workshop& w = board.workshop;
    const Translations& tr = *c.tr;
    c.draw->AddRectFilled(c.at({r.x0 + 2, r.y0 + 4}), c.at({r.x1 + 2, r.y1 + 4}), rgb(theme::kLine, 160), c.len(14));
    c.draw->AddRectFilled(c.at({r.x0, r.y0}), c.at({r.x1, r.y1}), rgb(theme::kCard), c.len(14));

    const Phase* phase = live ? currentPhase(board.programme) : nullptr;
    const bool inviting = phase && phase->kind == PhaseKind::OwnPractice;
    for (WorkshopField f : kWorkshopFields) {
        const layout::Rect z = workshopFieldRect(f);
        const bool writing = live && (live->sessionFor(workshopTargetKey(f)) || editing == f);
        if (writing || inviting) outline(c, z, writing);
        const std::string& text = workshopFieldText(w, f);
        const bool empty = text.empty();
        // What an empty field says: in a picture only what the board always said,
        // on the live board a calm placeholder, and during the phase an invitation.
        std::string shown = text;
        std::uint32_t ink = theme::kInk;
        if (f == WorkshopField::Date && !empty) shown = shortDate(text, c.lang);
        if (empty) {
            ink = theme::kInkSoft;
            if (!live) shown = f == WorkshopField::Title ? tr("practice.title") : isPracticeField(f) ? tr("practice.empty") : "";
            else if (inviting && isPracticeField(f)) shown = tr("workshop.invite");
            else shown = tr(placeholderKey(f));
            if (!live && f == WorkshopField::Title) ink = theme::kInk;
            if (live && inviting && isPracticeField(f)) ink = theme::kAccent;
        }
        const double textLeft = z.x0 + 8;
        const double room = z.width() - 16 - (live && (inviting || writing) ? 26 : 0);
        if (f == WorkshopField::Title) {
            DrawTextLeft(c, c.fonts->heading, c.fonts->headingSize * 0.8f, {textLeft, z.y0 + 5}, room, shown, rgb(ink), 1);
        } else if (!isPracticeField(f)) {
            DrawTextLeft(c, c.fonts->body, c.fonts->bodySize, {textLeft, z.y0 + 11}, room, shown, rgb(ink), 1);
        } else {
            c.draw->AddText(c.fonts->bold, c.len(c.fonts->boldSize), c.at({textLeft, z.y0 + 2}), rgb(theme::kAccent),
                            tr(labelKey(f)).c_str());
            DrawTextLeft(c, c.fonts->body, c.fonts->bodySize - 1, {textLeft, z.y0 + 27}, room, shown, rgb(ink), 2);
        }
        if (live && (inviting || writing)) pencil(c, z, writing ? 255 : 170);
    }
}

}  // namespace nt
