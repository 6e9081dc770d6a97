// The phase banner and its timer ring.
#include "view/phase_banner.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

#include "core/layout.h"
#include "core/programme.h"
#include "view/theme.h"

namespace nt {

using theme::rgb;

namespace {

constexpr float kPi = std::numbers::pi_v<float>;
constexpr double kRingRadius = 70;
constexpr double kRingThickness = 12;
constexpr double kBeatSeconds = 1.0;  // one pulse beat

struct BannerState {
    const Phase* phase = nullptr;
    size_t index = 0;      // 1-based position among the phases
    size_t count = 0;
    double left = 0;       // seconds; negative in overtime
    double fraction = 0;   // of the phase's time still left, 0..1
    bool running = false;
    bool over = false;
    bool ready = false;    // before the start: the first phase's time, not yet running
    float pulse = 0;       // 0..1, how strongly the end of the phase pulses now
};

// 0..1 beats that fade out over the pulse.
float pulseStrength(double sinceEnd) {
    if (sinceEnd < 0 || sinceEnd >= PhaseBanner::kPulseSeconds) return 0;
    const double beat = 0.5 - 0.5 * std::cos(2 * std::numbers::pi * sinceEnd / kBeatSeconds);
    const double fade = 1 - sinceEnd / PhaseBanner::kPulseSeconds;
    return static_cast<float>(beat * (0.4 + 0.6 * fade));
}

std::uint32_t mix(std::uint32_t a, std::uint32_t b, float t) {
    auto ch = [&](int shift) {
        const float va = static_cast<float>((a >> shift) & 0xFF), vb = static_cast<float>((b >> shift) & 0xFF);
        return static_cast<std::uint32_t>(std::lround(va + (vb - va) * t)) << shift;
    };
    return ch(16) | ch(8) | ch(0);
}

void drawRing(const CanvasContext& c, Vec2 centre, const BannerState& s) {
    const ImVec2 p = c.at(centre);
    const float r = c.len(kRingRadius), t = c.len(kRingThickness);
    c.draw->AddCircle(p, r, rgb(theme::kLine), 96, t);
    if (s.over) {
        c.draw->AddCircle(p, r, rgb(theme::kOvertime), 96, t);
    } else if (s.fraction > 0) {
        // What is left, from twelve o'clock clockwise: the ring empties towards the top.
        const float start = -kPi / 2;
        const float end = start + 2 * kPi * static_cast<float>(s.fraction);
        const int segments = std::max(4, static_cast<int>(96 * s.fraction));
        c.draw->PathArcTo(p, r, start, end, segments);
        c.draw->PathStroke(s.ready ? rgb(theme::kAccent, 110) : rgb(s.running ? theme::kAccent : theme::kInkSoft), 0, t);
    }
    // The time inside the ring, shrunk to fit when it has many digits.
    const std::string text = formatCountdown(s.left);
    ImFont* font = c.fonts->display;
    float px = c.len(c.fonts->displaySize);
    const float room = c.len(2 * (kRingRadius - kRingThickness) - 8);
    ImVec2 sz = font->CalcTextSizeA(px, FLT_MAX, 0, text.c_str());
    if (sz.x > room) {
        px *= room / sz.x;
        sz = font->CalcTextSizeA(px, FLT_MAX, 0, text.c_str());
    }
    const std::uint32_t ink = s.over ? theme::kOvertime : s.running ? theme::kInk : theme::kInkSoft;
    c.draw->AddText(font, px, {std::floor(p.x - sz.x / 2), std::floor(p.y - sz.y / 2 - c.len(6))}, rgb(ink), text.c_str());
    if (!s.running && !s.ready) {
        // Paused: two calm bars under the time.
        const float bw = c.len(6), bh = c.len(18), gap = c.len(6), y = p.y + c.len(22);
        c.draw->AddRectFilled({p.x - gap / 2 - bw, y}, {p.x - gap / 2, y + bh}, rgb(theme::kInkSoft), c.len(2));
        c.draw->AddRectFilled({p.x + gap / 2, y}, {p.x + gap / 2 + bw, y + bh}, rgb(theme::kInkSoft), c.len(2));
    }
}

void drawCard(const CanvasContext& c, const layout::Rect& r, const BannerState& s) {
    const float round = c.len(18);
    if (s.pulse > 0) {
        // The pulse: a warm halo that swells and fades with each beat.
        for (float i = 1; i <= 3; ++i) {
            const double grow = 4 + i * 10 * s.pulse;
            c.draw->AddRect(c.at({r.x0 - grow, r.y0 - grow}), c.at({r.x1 + grow, r.y1 + grow}),
                            rgb(theme::kOvertime, static_cast<std::uint8_t>(200 * s.pulse / i)), round + c.len(grow), 0, c.len(6));
        }
    }
    c.draw->AddRectFilled(c.at({r.x0 + 3, r.y0 + 6}), c.at({r.x1 + 3, r.y1 + 6}), rgb(0x000000, 30), round);
    c.draw->AddRectFilled(c.at({r.x0, r.y0}), c.at({r.x1, r.y1}), rgb(mix(theme::kCard, 0xF6DDB0, s.pulse)), round);
    c.draw->AddRect(c.at({r.x0, r.y0}), c.at({r.x1, r.y1}), rgb(s.over ? theme::kOvertime : theme::kLine), round, 0,
                    c.len(s.over ? 3 : 2));
}

void drawBanner(const CanvasContext& c, const Board& board, const BannerState& s, const BannerPlacement& at) {
    const Translations& tr = *c.tr;
    const int first = c.draw->VtxBuffer.Size;
    const layout::Rect r{at.centre.x - kBannerWidth / 2, at.centre.y - kBannerHeight / 2, at.centre.x + kBannerWidth / 2,
                         at.centre.y + kBannerHeight / 2};
    drawCard(c, r, s);
    const double textX = r.x0 + 2 * kRingRadius + 36;
    const double textW = r.x1 - 24 - textX;
    if (!s.phase) {
        // Before the start: a welcome, and the first phase with its time, ready to go.
        const auto firstPhase = std::find_if(board.programme.phases.begin(), board.programme.phases.end(),
                                             [](const Phase& p) { return !p.skipped; });
        BannerState ready = s;
        ready.left = firstPhase != board.programme.phases.end() ? firstPhase->durationSeconds : 0;
        ready.fraction = 1;
        ready.ready = true;
        drawRing(c, {r.x0 + kRingRadius + 18, at.centre.y}, ready);
        DrawTextLeft(c, c.fonts->heading, c.fonts->headingSize, {textX, r.y0 + 34}, textW, tr("phase.notStarted"),
                     rgb(theme::kInk), 2);
        if (firstPhase != board.programme.phases.end())
            DrawTextLeft(c, c.fonts->body, c.fonts->bodySize, {textX, r.y0 + 84}, textW,
                         tr("banner.first") + " " + phaseTitle(*firstPhase, tr), rgb(theme::kInkSoft), 2);
    } else {
        drawRing(c, {r.x0 + kRingRadius + 18, at.centre.y}, s);
        DrawTextLeft(c, c.fonts->heading, c.fonts->headingSize, {textX, r.y0 + 12}, textW, phaseTitle(*s.phase, tr),
                     rgb(theme::kInk), 1);
        std::string status = tr("banner.phase") + " " + std::to_string(s.index) + "/" + std::to_string(s.count);
        if (s.over) status += "  ·  " + tr("banner.overtime");
        else if (!s.running) status += "  ·  " + tr("banner.paused");
        c.draw->AddText(c.fonts->bold, c.len(c.fonts->boldSize), c.at({textX, r.y0 + 52}),
                        rgb(s.over ? theme::kOvertime : theme::kInkSoft), status.c_str());
        DrawTextLeft(c, c.fonts->body, c.fonts->bodySize, {textX, r.y0 + 80}, textW, phasePrompt(*s.phase, tr),
                     rgb(theme::kInk), 3);
    }
    RotateVertices(c.draw, first, c.at(at.centre), at.rotation);
}

}  // namespace

namespace {

double overlap(const layout::Rect& a, const layout::Rect& b) {
    const double w = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
    const double h = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
    return w > 0 && h > 0 ? w * h : 0;
}

layout::Rect bannerRect(Vec2 centre) {
    return {centre.x - kBannerWidth / 2, centre.y - kBannerHeight / 2, centre.x + kBannerWidth / 2,
            centre.y + kBannerHeight / 2};
}

// How much of the board's content a banner at `centre` would hide.
double coverage(const Board& board, Vec2 centre) {
    const layout::Rect r = bannerRect(centre);
    double covered = 0;
    for (const Note& n : board.notes)
        covered += overlap(r, {n.pos.x - layout::kNoteWidth / 2, n.pos.y - layout::kNoteHeight / 2,
                               n.pos.x + layout::kNoteWidth / 2, n.pos.y + layout::kNoteHeight / 2});
    for (const Actor& a : board.actors)  // the token and its name below it
        covered += overlap(r, {a.pos.x - 75, a.pos.y - layout::kTokenRadius, a.pos.x + 75, a.pos.y + layout::kTokenRadius + 50});
    for (const Combination& c : board.combinations) covered += overlap(r, layout::cardRect(c.cardPos));
    for (const Municipality& m : board.municipalities)
        covered += 0.2 * overlap(r, {m.centre.x - m.radius, m.centre.y - m.radius, m.centre.x + m.radius, m.centre.y + m.radius});
    return covered;
}

}  // namespace

std::vector<BannerPlacement> bannerPlacements(const Board& board) {
    // Spots along the bottom and the top of the diagram area, the bottom
    // middle first (it wins a tie): the board is wide, so people stand along
    // its long sides and look there.
    const auto& d = layout::kDiagramArea;
    const double bottom = d.y1 - kBannerHeight / 2 - 6, top = d.y0 + kBannerHeight / 2 + 6;
    const double left = d.x0 + kBannerWidth / 2 + 6, right = d.x1 - kBannerWidth / 2 - 6, middle = kBoardWidth / 2;
    const bool table = board.display.layout == RoomLayout::Table;
    std::vector<Vec2> spots = {{middle, bottom}, {left, bottom}, {right, bottom}};
    if (!table) spots.insert(spots.end(), {{middle, top}, {left, top}, {right, top}});
    Vec2 best = spots.front();
    double least = coverage(board, best);
    for (const Vec2& spot : spots)
        if (const double c = coverage(board, spot); c < least - 1) {
            least = c;
            best = spot;
        }
    if (!table) return {{best, 0}};
    // The far side's banner, turned over, sits at the top edge over the
    // own-practice card, except while the group writes on that card: then
    // just below it, so every field stays in sight and within reach.
    const Phase* phase = currentPhase(board.programme);
    const double farY = phase && phase->kind == PhaseKind::OwnPractice ? top : layout::kOwnPracticeCard.y0 + kBannerHeight / 2;
    return {{best, 0}, {{middle, farY}, 180}};
}

std::string formatCountdown(double secondsLeft) {
    const bool over = secondsLeft < 0;
    const long long whole = over ? static_cast<long long>(std::floor(-secondsLeft))
                                 : static_cast<long long>(std::ceil(secondsLeft - 1e-9));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%lld:%02lld", over ? "+" : "", whole / 60, whole % 60);
    return buf;
}

bool PhaseBanner::draw(const CanvasContext& c, const Board& board, double clock, double now) {
    m_lastNow = now;
    m_nextTick.reset();
    const Programme& p = board.programme;
    if (p.phases.empty()) return false;

    BannerState s;
    s.phase = currentPhase(p);
    s.count = p.phases.size();
    bool ended = false;
    if (s.phase) {
        s.index = phaseIndex(p, s.phase->id).value_or(0) + 1;
        s.left = timeLeft(p, clock);
        const int length = phaseLength(p);
        s.fraction = length > 0 ? std::clamp(s.left / length, 0.0, 1.0) : 0.0;
        s.running = p.timer.running;
        s.over = inOvertime(p, clock);
        // The end is the moment the time runs out while we watch; a board
        // opened in overtime, or a jump to another phase, does not pulse.
        if (s.phase->id == m_phase && s.over && !m_wasOver) {
            m_pulseUntil = now + kPulseSeconds;
            ended = true;
        }
        if (s.phase->id != m_phase) m_pulseUntil = -1;
        m_phase = s.phase->id;
        m_wasOver = s.over;
        if (const auto tick = nextTimerTick(p, clock)) m_nextTick = now + (*tick - clock);
    } else {
        m_phase = kNoId;
        m_wasOver = false;
        m_pulseUntil = -1;
    }
    s.pulse = pulsing(now) ? pulseStrength(now - (m_pulseUntil - kPulseSeconds)) : 0.f;

    if (s.pulse > 0) {
        // The whole board's edge glows with the banner, for those who are not looking at it.
        const float w = c.len(14);
        c.draw->AddRect(c.at({0, 0}), c.at({kBoardWidth, kBoardHeight}), rgb(theme::kOvertime, static_cast<std::uint8_t>(170 * s.pulse)),
                        0, 0, w);
    }
    const Id placedFor = s.phase ? s.phase->id : kNoId;
    if (m_placements.empty() || placedFor != m_placedFor || board.display.layout != m_placedLayout) {
        m_placements = bannerPlacements(board);
        m_placedFor = placedFor;
        m_placedLayout = board.display.layout;
    }
    for (const BannerPlacement& at : m_placements) drawBanner(c, board, s, at);
    return ended;
}

std::optional<double> PhaseBanner::nextDeadline() const {
    if (pulsing(m_lastNow)) return m_lastNow + 1.0 / 30;
    return m_nextTick;
}

}  // namespace nt
