// The workshop's texts as commands of one field each, the date kept to real
// days, and the card's field zones that drawing and hit testing share.
#include <gtest/gtest.h>

#include "core/dates.h"
#include "core/history.h"
#include "core/workshop_fields.h"

namespace nt {
namespace {

TEST(WorkshopFieldEdits, OneFieldChangesAndUndoPutsBackOnlyThatField) {
    Board b;
    b.workshop.title = "Netwerkdag";
    b.workshop.aim = "Samen";
    History h(b);
    h.apply(setWorkshopField(h.board(), WorkshopField::Aim, "Samen sterker"));
    // Another field's change on top stays apart: undo takes back one field at a time.
    h.apply(setWorkshopField(h.board(), WorkshopField::Title, "Netwerkdag Zottegem"));
    ASSERT_TRUE(h.undo());
    EXPECT_EQ(h.board().workshop.title, "Netwerkdag");
    ASSERT_TRUE(h.undo());
    EXPECT_EQ(h.board().workshop.aim, "Samen");
    EXPECT_EQ(setWorkshopField(h.board(), WorkshopField::Title, "Netwerkdag"), nullptr);  // no change, no step
}

TEST(WorkshopFieldEdits, KeysOfOneFieldMergeInAGestureButTwoFieldsStayApart) {
    History h;
    const GestureId g = h.beginGesture();
    for (const char* text : {"B", "Bi", "Bib"}) h.applyInGesture(g, setWorkshopField(h.board(), WorkshopField::Organisation, text));
    h.commitGesture(g);
    EXPECT_EQ(h.board().workshop.organisation, "Bib");
    ASSERT_TRUE(h.undo());
    EXPECT_EQ(h.board().workshop.organisation, "");
    EXPECT_FALSE(h.canUndo());
}

TEST(WorkshopFieldEdits, OneLineFieldsStayOnOneLineAndAnswersMayHaveSeveral) {
    Board b;
    History h(b);
    h.apply(setWorkshopField(h.board(), WorkshopField::Title, "Twee\nregels"));
    EXPECT_EQ(h.board().workshop.title, "Twee regels");
    h.apply(setWorkshopField(h.board(), WorkshopField::ForWhom, "Jongeren\nSenioren"));
    EXPECT_EQ(h.board().workshop.forWhom, "Jongeren\nSenioren");
    h.apply(setWorkshopField(h.board(), WorkshopField::Organisation, std::string(2000, 'x')));
    EXPECT_EQ(h.board().workshop.organisation.size(), kMaxNameBytes);
}

TEST(WorkshopFieldEdits, TheDateTakesARealDayOrNothingAndNeverGarbage) {
    Board b;
    b.workshop.date = "2026-11-23";
    History h(b);
    EXPECT_EQ(setWorkshopField(h.board(), WorkshopField::Date, "morgen"), nullptr);
    EXPECT_EQ(setWorkshopField(h.board(), WorkshopField::Date, "2026-02-30"), nullptr);
    EXPECT_EQ(setWorkshopField(h.board(), WorkshopField::Date, "23/11/2026"), nullptr);
    h.apply(setWorkshopField(h.board(), WorkshopField::Date, " 2026-12-01 "));
    EXPECT_EQ(h.board().workshop.date, "2026-12-01");
    h.apply(setWorkshopField(h.board(), WorkshopField::Date, ""));
    EXPECT_EQ(h.board().workshop.date, "");
}

TEST(Dates, ValidDaysAndDaysLaterOrEarlier) {
    EXPECT_TRUE(isIsoDay("2028-02-29"));
    EXPECT_FALSE(isIsoDay("2027-02-29"));
    EXPECT_FALSE(isIsoDay("2026-1-5"));
    EXPECT_FALSE(isIsoDay(""));
    EXPECT_EQ(addDays("2026-12-31", 1), "2027-01-01");
    EXPECT_EQ(addDays("2026-03-01", -1), "2026-02-28");
    EXPECT_EQ(addDays("2026-11-23", 7), "2026-11-30");
    EXPECT_EQ(addDays("niet", 1), "niet");
    EXPECT_TRUE(isIsoDay(isoDayAt(1795000000)));  // a day in November 2026, wherever the test runs
    EXPECT_EQ(isoDayAt(1795000000).substr(0, 7), "2026-11");
}

TEST(WorkshopFieldZones, TheFieldsLieOnTheCardWithoutOverlapping) {
    for (WorkshopField f : kWorkshopFields) {
        const layout::Rect r = workshopFieldRect(f);
        EXPECT_TRUE(layout::kOwnPracticeCard.contains({r.x0, r.y0}) && layout::kOwnPracticeCard.contains({r.x1, r.y1}))
            << workshopFieldName(f);
        EXPECT_EQ(workshopFieldAt(r.centre()), f);
        EXPECT_EQ(workshopFieldNamed(workshopFieldName(f)), f);
        for (WorkshopField g : kWorkshopFields) {
            if (f == g) continue;
            const layout::Rect o = workshopFieldRect(g);
            EXPECT_TRUE(r.x1 <= o.x0 || o.x1 <= r.x0 || r.y1 <= o.y0 || o.y1 <= r.y0) << workshopFieldName(f);
        }
    }
    EXPECT_FALSE(workshopFieldAt(layout::kDiagramArea.centre()));
}

}  // namespace
}  // namespace nt
