// Combinations, cards and vote dots on the board canvas.
#include "view/combinations_canvas.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/combination_edits.h"
#include "core/layout.h"
#include "core/vote_rules.h"
#include "view/theme.h"

namespace nt {

using theme::rgb;

void DrawCombinationLinks(const CanvasContext& c, const Board& board, const std::vector<PointerRouter::Held>& held,
                          ItemsDrawn pass) {
    for (size_t i = 0; i < board.combinations.size(); ++i) {
        const Combination& combo = board.combinations[i];
        const ImU32 colour = rgb(theme::combinationColour(i), 170);
        const bool cardCarried = IsCarried(held, combo.id);
        for (Id member : combo.members)
            if (const Actor* a = findById(board.actors, member); a && InPass(pass, cardCarried || IsCarried(held, member)))
                c.draw->AddLine(c.at(combo.cardPos), c.at(a->pos), colour, c.len(4));
    }
}

namespace {

void drawDot(const CanvasContext& c, Vec2 at, std::uint32_t colour, bool filled) {
    const float r = c.len(layout::kVoteDotRadius);
    if (filled) {
        c.draw->AddCircleFilled(c.at(at), r, rgb(colour), 0);
        c.draw->AddCircle(c.at(at), r, rgb(0xFFFFFF), 0, c.len(2));
    } else {
        c.draw->AddCircle(c.at(at), r - c.len(1), rgb(colour, 150), 0, c.len(2));
    }
}

// A seat's colour, or the phones' quiet slate: a phone's vote never wears a seat's colour.
std::uint32_t voterColour(int seat) { return seat > 0 ? theme::seatColour(seat) : theme::kPhoneVote; }

// A dot that stands for several votes carries their number.
void drawCardDot(const CanvasContext& c, const CardDotShown& d) {
    drawDot(c, d.pos, voterColour(d.seat), true);
    if (d.count < 2) return;
    const std::string count = d.count > 99 ? "99+" : std::to_string(d.count);
    const float px = c.len(count.size() > 2 ? c.fonts->boldSize - 8 : count.size() > 1 ? c.fonts->boldSize - 6 : c.fonts->boldSize - 3);
    const ImVec2 sz = c.fonts->bold->CalcTextSizeA(px, FLT_MAX, 0, count.c_str());
    const ImVec2 at = c.at(d.pos);
    c.draw->AddText(c.fonts->bold, px, {std::floor(at.x - sz.x / 2), std::floor(at.y - sz.y / 2)}, rgb(0xFFFFFF), count.c_str());
}

}  // namespace

void DrawCombinationCards(const CanvasContext& c, const Board& board, bool showVotes,
                          const std::vector<PointerRouter::Held>& held, ItemsDrawn pass) {
    const Translations& tr = *c.tr;
    for (size_t i = 0; i < board.combinations.size(); ++i) {
        const Combination& combo = board.combinations[i];
        if (!InPass(pass, IsCarried(held, combo.id))) continue;
        const layout::Rect r = layout::cardRect(combo.cardPos);
        // A table's combination on the plenary's board wears its table's colour.
        const bool fromTable = !combo.fromTable.table.empty();
        const std::uint32_t colour = fromTable ? theme::tableColour(combo.fromTable.table) : theme::combinationColour(i);
        c.draw->AddRectFilled(c.at({r.x0 + 2, r.y0 + 4}), c.at({r.x1 + 2, r.y1 + 4}), rgb(0x000000, 30), c.len(12));
        c.draw->AddRectFilled(c.at({r.x0, r.y0}), c.at({r.x1, r.y1}), rgb(theme::kCard), c.len(12));
        c.draw->AddRectFilled(c.at({r.x0, r.y0}), c.at({r.x0 + 10, r.y1}), rgb(colour), c.len(12),
                              ImDrawFlags_RoundCornersLeft);
        c.draw->AddRect(c.at({r.x0, r.y0}), c.at({r.x1, r.y1}), rgb(combo.followUp ? theme::kAccent : colour),
                        c.len(12), 0, c.len(combo.followUp ? 4 : 2));

        DrawTextLeft(c, c.fonts->bold, c.fonts->boldSize, {r.x0 + 20, r.y0 + 10}, r.width() - 30,
                     combo.name.empty() ? tr("combination.unnamed") : combo.name, rgb(theme::kInk), 1);
        // Partners as small monogram tokens along the card.
        double x = r.x0 + 34;
        for (Id member : combo.members) {
            const Actor* a = findById(board.actors, member);
            if (!a || x > r.x1 - 20) continue;
            DrawActorToken(c, c.catalogue->find(a->type, &board), {x, r.y0 + 50}, 14, false);
            x += 34;
        }
        const std::vector<CardDotShown> dots = showVotes ? cardDots(board, combo) : std::vector<CardDotShown>{};
        // A second row of dots (all twelve seats and the phones) takes the status line's place.
        const bool twoRows = std::any_of(dots.begin(), dots.end(), [&](const CardDotShown& d) { return d.pos.y < dots.front().pos.y; });
        if (fromTable) {  // its partners by name, after its table's
            std::string line = combo.fromTable.table;
            for (size_t k = 0; k < combo.fromTable.partners.size(); ++k)
                line += (k == 0 ? " · " : ", ") + combo.fromTable.partners[k];
            DrawTextLeft(c, c.fonts->body, c.fonts->bodySize - 2, {r.x0 + 20, r.y0 + 40}, r.width() - 30, line,
                         rgb(theme::shade(colour, -0.25f)), 1);
        }
        std::string status;
        if (combo.followUp) status = tr("combination.followUp");
        else if (allInOneBubble(board, combo)) status = tr("combination.oneBubble");
        else if (!combo.ideas.empty())
            status = std::to_string(combo.ideas.size()) + " " + tr(combo.ideas.size() == 1 ? "combination.idea" : "combination.ideas");
        if (!status.empty() && !twoRows)
            DrawTextLeft(c, c.fonts->body, c.fonts->bodySize - 3, {r.x0 + 20, r.y0 + 68}, r.width() - 30, status,
                         rgb(combo.followUp ? theme::kAccent : theme::kInkSoft), 1);
        if (!showVotes) continue;
        int n = 0;
        for (const CardDotShown& d : dots) {
            drawCardDot(c, d);
            n += d.count;
        }
        if (n > 0) {
            const std::string count = std::to_string(n);
            const float px = c.len(c.fonts->headingSize * 0.8);
            const ImVec2 sz = c.fonts->heading->CalcTextSizeA(px, FLT_MAX, 0, count.c_str());
            const ImVec2 at = c.at({r.x1 - 14, r.y1 - 10});
            c.draw->AddText(c.fonts->heading, px, {at.x - sz.x, at.y - sz.y}, rgb(colour), count.c_str());
        }
    }
}

void DrawSeatTrays(const CanvasContext& c, const Board& board) {
    const int seats = board.vote.settings.seats;
    const int budget = board.vote.settings.votesPerVoter;
    for (int seat = 1; seat <= seats; ++seat) {
        const layout::Rect r = tray::seatTray(seat, seats);
        const std::uint32_t colour = theme::seatColour(seat);
        c.draw->AddRectFilled(c.at({r.x0, r.y0}), c.at({r.x1, r.y1}), rgb(theme::shade(colour, 0.82f)), c.len(12));
        c.draw->AddRect(c.at({r.x0, r.y0}), c.at({r.x1, r.y1}), rgb(colour), c.len(12), 0, c.len(2));
        DrawTextCentred(c, c.fonts->heading, c.fonts->headingSize, {r.x0 + 22, r.centre().y - c.fonts->headingSize * 0.62}, 40,
                        std::to_string(seat), rgb(theme::shade(colour, -0.2f)), 1);
        const int left = votesLeft(board, seatVoter(seat));
        for (int slot = 0; slot < budget; ++slot) drawDot(c, tray::seatDot(seat, seats, slot), colour, slot < left);
    }
}

void DrawCarriedDots(const CanvasContext& c, const std::vector<PointerRouter::Held>& held) {
    for (const auto& h : held)
        if (h.dragging && (h.kind == HitKind::SeatDot || h.kind == HitKind::CardDot))
            drawDot(c, h.pos, voterColour(h.seat), true);
}

}  // namespace nt
