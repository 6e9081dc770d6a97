// The phase banner: the current phase's name and prompt beside a large, calm
// timer ring that empties as the time passes. Projector layout: one banner
// facing the room; table layout: the banner repeated, rotated, on the long
// sides where people stand. When a phase's time runs out the banners pulse
// for a few seconds (and the app rings the bell), then overtime counts up in
// a warm warning colour. Reads the board, never writes it.
#pragma once

#include <optional>
#include <vector>

#include "core/model.h"
#include "view/board_canvas.h"

namespace nt {

// Where a banner sits on the board (its centre) and which way it faces
// (degrees clockwise; 0 reads from the bottom edge).
struct BannerPlacement {
    Vec2 centre;
    double rotation = 0;
};
// The banners for this board: projector, one upright at the spot of the
// diagram area where it covers the least (notes, tokens and cards count most,
// bubbles a little); table, that one for the near side and one turned over
// at the top edge for the far side (during the own-practice phase just below
// the own-practice card, which it would otherwise cover).
std::vector<BannerPlacement> bannerPlacements(const Board& board);

// The banner's size in board units.
constexpr double kBannerWidth = 600;
constexpr double kBannerHeight = 176;

// "12:34" for a countdown of 754.2 s (whole seconds, rounded up so 0:00
// shows exactly when the time is up); "+1:05" for 65 s of overtime.
std::string formatCountdown(double secondsLeft);

class PhaseBanner {
public:
    // How long the end of a phase pulses.
    static constexpr double kPulseSeconds = 4.0;

    // Draws the banners for this frame. `clock` is the programme's clock
    // (PhaseTimer), `now` the view's. Returns true on the frame in which the
    // current phase's time ran out (the app rings the bell).
    bool draw(const CanvasContext& c, const Board& board, double clock, double now);

    // The next moment (view clock) a frame is needed without input: the next
    // second of the countdown, or the next frame of the pulse.
    std::optional<double> nextDeadline() const;

    bool pulsing(double now) const { return now < m_pulseUntil; }

private:
    Id m_phase = kNoId;
    bool m_wasOver = false;
    double m_pulseUntil = -1;
    double m_lastNow = 0;
    std::optional<double> m_nextTick;  // view clock
    // Where the banners stand: chosen when the phase or the layout changes,
    // not every frame, so a banner never jumps away while people work.
    std::vector<BannerPlacement> m_placements;
    Id m_placedFor = kNoId;
    RoomLayout m_placedLayout = RoomLayout::Projector;
};

}  // namespace nt
