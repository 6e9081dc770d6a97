// The tray's chips and the vote dots' places (core/layout.h).
#include "core/layout.h"

#include <algorithm>
#include <map>

#include "core/vote_rules.h"

namespace nt {

namespace tray {
layout::Rect noteChip(int index) {
    const double x0 = 16 + index * 164.0;
    return {x0, 994, x0 + 154, 1056};
}
layout::Rect seatTray(int seat, int seats) {
    const double w = kSeatArea.width() / std::max(seats, 1);
    const double x0 = kSeatArea.x0 + (seat - 1) * w;
    return {x0 + 3, kSeatArea.y0, x0 + w - 3, kSeatArea.y1};
}

Vec2 seatDot(int seat, int seats, int slot) {
    const layout::Rect r = seatTray(seat, seats);
    // Two rows of dots beside the seat's number.
    const double step = layout::kVoteDotRadius * 2 + 6;
    const int perRow = std::max(1, static_cast<int>((r.width() - 44) / step));
    return {r.x0 + 44 + step / 2 + (slot % perRow) * step, r.y0 + 18 + (slot / perRow) * step};
}
}  // namespace tray

namespace {
// Dots in a row on a card: its width less the margins and the vote count's corner.
int cardDotsPerRow() {
    const double step = layout::kVoteDotRadius * 2 + 4;
    return static_cast<int>((layout::kCardWidth - 24 - 44) / step);
}
}  // namespace

Vec2 cardDot(const Combination& combination, int n) {
    const layout::Rect r = layout::cardRect(combination.cardPos);
    const double step = layout::kVoteDotRadius * 2 + 4;
    const int perRow = cardDotsPerRow();
    return {r.x0 + 12 + step / 2 + (n % perRow) * step, r.y1 - 18 - (n / perRow) * step};
}

std::vector<CardDotShown> cardDots(const Board& board, const Combination& combination) {
    std::vector<CardDotShown> dots;
    std::map<int, int> perSeat;  // seat (0: phones) → votes
    for (const Vote& v : board.votes)
        if (v.combination == combination.id) {
            const int seat = seatFromVoter(v.voter);
            dots.push_back({{}, seat, 1});
            ++perSeat[seat];
        }
    if (static_cast<int>(dots.size()) > cardDotsPerRow()) {
        dots.clear();
        for (const auto& [seat, count] : perSeat)
            if (seat > 0) dots.push_back({{}, seat, count});
        if (perSeat.count(0)) dots.push_back({{}, 0, perSeat[0]});  // the phones last, beside the count
    }
    for (size_t i = 0; i < dots.size(); ++i) dots[i].pos = cardDot(combination, static_cast<int>(i));
    return dots;
}

}  // namespace nt
