// TUIO 1.1 (/tuio/2Dcur) and TUIO 2.0 (/tuio2/ptr) touches from raw UDP
// datagrams, turned into pointer events. Pure: no sockets, no threads, no
// clock; the caller passes each datagram with its sender and receive time.
//
// Coordinates: TUIO reports 0–1 of the whole touch surface. The surface is
// the table the board fills, so (x, y) maps straight to board units
// (1920·x, 1080·y). That is right for a full-screen board whose screen has
// the board's aspect; a letterboxed window would need the bands subtracted.
//
// Hostile input: every datagram is parsed inside a try block (oscpack
// throws osc::Exception on malformed data), coordinates must be finite and
// are clamped to the surface, and the number of live touches, pending
// updates and sources is bounded. Anything refused is counted in stats().
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/board_transform.h"
#include "input/pointer_event.h"

namespace osc {
class ReceivedMessage;
class ReceivedBundle;
class ReceivedMessageArgumentIterator;
}  // namespace osc

namespace nt {

// The decoder puts a touch at normalised table position (x, y) on board point
// (1920·x, 1080·y): right when the board fills the screen. When the window's
// aspect differs from the board's, the board is letterboxed (centred, with
// bands) while the touch surface still spans the whole window; this maps a
// decoded point to where the finger really is on the board.
Vec2 tuioToLetterboxedBoard(Vec2 decoded, const BoardTransform& window);

struct TuioConfig {
    double silenceTimeout = 1.0;     // a touch not mentioned this long is cancelled (lost: a drag ends where it was)
    std::size_t maxTouchesPerSource = 256;
    std::size_t maxSources = 64;
    int maxBundleDepth = 8;
};

struct TuioStats {
    std::uint64_t packets = 0;       // datagrams fed
    std::uint64_t malformed = 0;     // datagrams (or parts) that did not parse
    std::uint64_t staleFrames = 0;   // frames older than one already applied
    std::uint64_t refused = 0;       // values out of bounds: NaN, too many touches, too many sources
    std::uint64_t ignored = 0;       // well-formed messages we do not use (2Dobj, 2Dblb, …)
};

class TuioDecoder {
public:
    explicit TuioDecoder(TuioConfig config = {}) : m_config(config) {}

    // One UDP datagram from `sender` (e.g. "192.168.1.20:50123"), received at `now`.
    void feed(const void* data, std::size_t size, const std::string& sender, double now);
    // Cancels touches that no frame has mentioned for silenceTimeout seconds
    // (the tracker crashed, the network dropped), and forgets idle sources.
    void expire(double now);

    std::vector<PointerEvent> takeEvents() { return std::exchange(m_events, {}); }
    const TuioStats& stats() const { return m_stats; }
    std::size_t liveTouches() const;

private:
    struct Touch {
        std::uint64_t pointer = 0;
        Vec2 pos;
        double lastSeen = 0;
    };
    struct Frame {                   // what arrived since the last fseq
        bool haveAlive = false;
        std::vector<std::int64_t> alive;
        std::map<std::int64_t, Vec2> sets;
        bool bad = false;            // something in it was refused: apply nothing
    };
    struct Source {
        std::map<std::int64_t, Touch> touches;   // by session id
        Frame pending;
        bool haveFseq = false;
        std::uint32_t lastFseq = 0;
        std::int64_t pendingFrame = -1;  // TUIO 2.0: the id from /tuio2/frm
        double lastHeard = 0;
    };
    struct Sender {
        std::string sourceName;      // from the last /tuio/2Dcur source message
        double lastHeard = 0;
    };

    void walkBundle(const osc::ReceivedBundle& bundle, const std::string& sender, int depth, double now);
    void message(const osc::ReceivedMessage& m, const std::string& sender, double now);
    void cursorMessage(const osc::ReceivedMessage& m, const std::string& sender, double now);
    void pointerMessage(const osc::ReceivedMessage& m, const std::string& sender, double now);
    Sender* senderFor(const std::string& sender, double now);
    Source* source(const std::string& sender, double now);
    using ArgIt = osc::ReceivedMessageArgumentIterator;
    void readAlive(Frame& f, ArgIt arg, ArgIt end);
    void readSet(Frame& f, std::int64_t id, ArgIt arg, ArgIt end);
    void endFrame(Source& s, std::int64_t fseq, double now);
    void apply(Source& s, const Frame& f, double now);
    void endAll(Source& s, PointerPhase phase, double now);
    void emit(const Touch& t, PointerPhase phase, double now);

    TuioConfig m_config;
    TuioStats m_stats;
    std::map<std::string, Sender> m_senders;
    std::map<std::string, Source> m_sources;  // by sender + "/" + source name
    std::vector<PointerEvent> m_events;
    std::uint64_t m_nextPointer = 1ull << 32;  // far above mouse and X11 touch ids
};

}  // namespace nt
