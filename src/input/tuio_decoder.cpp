// Decoding TUIO frames: OSC parsing with oscpack, frame bookkeeping per
// source (alive lists, fseq ordering), and the pointer events that follow.
#include "input/tuio_decoder.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <oscpack/osc/OscException.h>
#include <oscpack/osc/OscReceivedElements.h>

#include "input/osc_check.h"

namespace nt {

Vec2 tuioToLetterboxedBoard(Vec2 decoded, const BoardTransform& window) {
    // The window's size follows from the centred letterbox.
    const double w = 2 * window.offsetX + kBoardWidth * window.scale;
    const double h = 2 * window.offsetY + kBoardHeight * window.scale;
    return window.toBoard({decoded.x / kBoardWidth * w, decoded.y / kBoardHeight * h});
}


namespace {

// A backwards jump in fseq this large is a tracker that restarted, not a late frame.
constexpr std::uint32_t kRestartJump = 100;

bool number(const osc::ReceivedMessageArgument& a, double& out) {
    if (a.IsFloat()) out = a.AsFloatUnchecked();
    else if (a.IsDouble()) out = a.AsDoubleUnchecked();
    else if (a.IsInt32()) out = a.AsInt32Unchecked();
    else return false;
    return std::isfinite(out);
}

bool integer(const osc::ReceivedMessageArgument& a, std::int64_t& out) {
    if (a.IsInt32()) out = a.AsInt32Unchecked();
    else if (a.IsInt64()) out = a.AsInt64Unchecked();
    else return false;
    return true;
}

// Positions on the surface; a finite value slightly outside it is a finger at the edge.
Vec2 toBoard(double x, double y) {
    return {std::clamp(x, 0.0, 1.0) * kBoardWidth, std::clamp(y, 0.0, 1.0) * kBoardHeight};
}

}  // namespace

void TuioDecoder::feed(const void* data, std::size_t size, const std::string& sender, double now) {
    ++m_stats.packets;
    try {
        if (size == 0 || size > 0x7FFFFFF0u) throw osc::MalformedPacketException("bad size");
        // oscpack trusts the sizes inside a packet (a crafted one makes it loop
        // forever): it only ever sees packets whose every size has been checked.
        if (!checkOscPacket(static_cast<const char*>(data), size, m_config.maxBundleDepth).ok)
            throw osc::MalformedPacketException("malformed packet");
        osc::ReceivedPacket packet(static_cast<const char*>(data), size);
        if (packet.IsBundle()) {
            // A bundle is a frame of its own: its source is named inside it or not at all.
            if (auto it = m_senders.find(sender); it != m_senders.end()) it->second.sourceName.clear();
            walkBundle(osc::ReceivedBundle(packet), sender, 1, now);
        } else {
            message(osc::ReceivedMessage(packet), sender, now);
        }
    } catch (const osc::Exception&) {
        ++m_stats.malformed;
    }
}

void TuioDecoder::walkBundle(const osc::ReceivedBundle& bundle, const std::string& sender, int depth, double now) {
    if (depth > m_config.maxBundleDepth) throw osc::MalformedBundleException("bundles nested too deep");
    for (auto it = bundle.ElementsBegin(); it != bundle.ElementsEnd(); ++it) {
        if (it->IsBundle()) walkBundle(osc::ReceivedBundle(*it), sender, depth + 1, now);
        else message(osc::ReceivedMessage(*it), sender, now);
    }
}

void TuioDecoder::message(const osc::ReceivedMessage& m, const std::string& sender, double now) {
    const char* address = m.AddressPattern();
    if (std::strcmp(address, "/tuio/2Dcur") == 0) cursorMessage(m, sender, now);
    else if (std::strncmp(address, "/tuio2/", 7) == 0) pointerMessage(m, sender, now);
    else ++m_stats.ignored;
}

TuioDecoder::Sender* TuioDecoder::senderFor(const std::string& sender, double now) {
    auto it = m_senders.find(sender);
    if (it == m_senders.end()) {
        if (m_senders.size() >= m_config.maxSources) {
            ++m_stats.refused;
            return nullptr;
        }
        it = m_senders.emplace(sender, Sender{}).first;
    }
    it->second.lastHeard = now;
    return &it->second;
}

TuioDecoder::Source* TuioDecoder::source(const std::string& sender, double now) {
    const Sender* from = senderFor(sender, now);
    if (!from) return nullptr;
    const std::string key = sender + "/" + from->sourceName;
    auto it = m_sources.find(key);
    if (it == m_sources.end()) {
        if (m_sources.size() >= m_config.maxSources) {
            ++m_stats.refused;
            return nullptr;
        }
        it = m_sources.emplace(key, Source{}).first;
    }
    it->second.lastHeard = now;
    return &it->second;
}

void TuioDecoder::cursorMessage(const osc::ReceivedMessage& m, const std::string& sender, double now) {
    auto arg = m.ArgumentsBegin();
    const auto end = m.ArgumentsEnd();
    if (arg == end || !arg->IsString()) {
        ++m_stats.malformed;
        return;
    }
    const std::string command = arg->AsStringUnchecked();
    ++arg;
    if (command == "source") {
        if (arg == end || !arg->IsString()) {
            ++m_stats.malformed;
            return;
        }
        std::string name = arg->AsStringUnchecked();
        if (name.size() > 200) name.resize(200);
        if (Sender* from = senderFor(sender, now)) from->sourceName = std::move(name);
        return;
    }
    Source* s = source(sender, now);
    if (!s) return;
    Frame& f = s->pending;
    if (command == "alive") {
        readAlive(f, arg, end);
    } else if (command == "set") {
        std::int64_t id = 0;
        if (arg == end || !integer(*arg, id)) ++m_stats.refused;
        else readSet(f, id, ++arg, end);
    } else if (command == "fseq") {
        std::int64_t fseq = 0;
        if (arg == end || !integer(*arg, fseq)) {
            ++m_stats.malformed;
            s->pending = {};
            return;
        }
        endFrame(*s, fseq, now);
    } else {
        ++m_stats.ignored;
    }
}

// TUIO 2.0: /tuio2/frm f_id time dim source, then /tuio2/ptr s_id tu_id c_id x y …, then /tuio2/alv s_id….
void TuioDecoder::pointerMessage(const osc::ReceivedMessage& m, const std::string& sender, double now) {
    const char* address = m.AddressPattern();
    auto arg = m.ArgumentsBegin();
    const auto end = m.ArgumentsEnd();
    if (std::strcmp(address, "/tuio2/frm") == 0) {
        std::int64_t frameId = 0;
        if (arg == end || !integer(*arg, frameId)) {
            ++m_stats.malformed;
            return;
        }
        std::string name;
        for (int i = 0; i < 3 && arg != end; ++i) ++arg;  // time tag and dimensions: unused
        if (arg != end && arg->IsString()) name = arg->AsStringUnchecked();
        if (name.size() > 200) name.resize(200);
        Sender* from = senderFor(sender, now);
        if (!from) return;
        from->sourceName = std::move(name);
        if (Source* s = source(sender, now)) {
            s->pending = {};
            s->pendingFrame = frameId;
        }
        return;
    }
    Source* s = source(sender, now);
    if (!s) return;
    Frame& f = s->pending;
    if (std::strcmp(address, "/tuio2/ptr") == 0) {
        std::int64_t id = 0;
        if (arg == end || !integer(*arg, id)) {
            ++m_stats.refused;
            return;
        }
        for (int skip = 0; skip < 3 && arg != end; ++skip) ++arg;  // s_id, tu_id, c_id
        readSet(f, id, arg, end);
    } else if (std::strcmp(address, "/tuio2/alv") == 0) {
        readAlive(f, arg, end);
        endFrame(*s, s->pendingFrame, now);  // alv ends a TUIO 2.0 frame
    } else {
        ++m_stats.ignored;
    }
}

void TuioDecoder::readAlive(Frame& f, ArgIt arg, ArgIt end) {
    f.haveAlive = true;
    f.alive.clear();
    for (; arg != end; ++arg) {
        std::int64_t id = 0;
        if (!integer(*arg, id) || f.alive.size() >= m_config.maxTouchesPerSource) {
            ++m_stats.refused;
            f.bad = true;  // the whole frame is refused: half an alive list would end live touches
            return;
        }
        f.alive.push_back(id);
    }
}

void TuioDecoder::readSet(Frame& f, std::int64_t id, ArgIt arg, ArgIt end) {
    double x = 0, y = 0;
    if (arg == end || !number(*arg++, x) || arg == end || !number(*arg, y) ||
        (f.sets.size() >= m_config.maxTouchesPerSource && !f.sets.count(id))) {
        ++m_stats.refused;  // a NaN or missing coordinate: this touch stays where it was
        return;
    }
    f.sets[id] = toBoard(x, y);
}

void TuioDecoder::endFrame(Source& s, std::int64_t fseq, double now) {
    Frame f = std::exchange(s.pending, {});
    // fseq -1 means "no new frame" (a repeat): always applied. Otherwise the
    // counter is compared modulo 2^32, so wrapping past INT32_MAX is moving on.
    const auto seq = static_cast<std::uint32_t>(fseq);
    if (fseq != -1 && s.haveFseq) {
        const std::uint32_t behind = s.lastFseq - seq;
        if (behind != 0 && behind < (1u << 31)) {
            if (behind <= kRestartJump) {
                ++m_stats.staleFrames;  // arrived late: a newer frame is already applied
                return;
            }
            endAll(s, PointerPhase::Cancel, now);  // the tracker restarted: its old sessions are gone
        }
    }
    if (fseq != -1) {
        s.haveFseq = true;
        s.lastFseq = seq;
    }
    if (f.bad) return;
    apply(s, f, now);
}

void TuioDecoder::apply(Source& s, const Frame& f, double now) {
    if (f.haveAlive) {
        for (auto it = s.touches.begin(); it != s.touches.end();) {
            if (std::find(f.alive.begin(), f.alive.end(), it->first) != f.alive.end()) {
                it->second.lastSeen = now;
                ++it;
            } else {
                emit(it->second, PointerPhase::Up, now);
                it = s.touches.erase(it);
            }
        }
    }
    for (const auto& [id, pos] : f.sets) {
        if (f.haveAlive && std::find(f.alive.begin(), f.alive.end(), id) == f.alive.end()) continue;
        auto it = s.touches.find(id);
        if (it == s.touches.end()) {
            if (s.touches.size() >= m_config.maxTouchesPerSource) {
                ++m_stats.refused;
                continue;
            }
            Touch t{m_nextPointer++, pos, now};
            s.touches.emplace(id, t);
            emit(t, PointerPhase::Down, now);
            continue;
        }
        Touch& t = it->second;
        t.lastSeen = now;
        if (t.pos.x == pos.x && t.pos.y == pos.y) continue;
        t.pos = pos;
        emit(t, PointerPhase::Move, now);
    }
}

void TuioDecoder::endAll(Source& s, PointerPhase phase, double now) {
    for (const auto& [id, t] : s.touches) emit(t, phase, now);
    s.touches.clear();
}

void TuioDecoder::emit(const Touch& t, PointerPhase phase, double now) {
    // Every Cancel here is a touch the tracker no longer tells of (it fell
    // silent or restarted), not one a person took back.
    m_events.push_back(PointerEvent{t.pointer, PointerSource::Tuio, phase, t.pos, now, false, phase == PointerPhase::Cancel});
}

void TuioDecoder::expire(double now) {
    for (auto& [key, s] : m_sources) {
        for (auto it = s.touches.begin(); it != s.touches.end();) {
            if (now - it->second.lastSeen > m_config.silenceTimeout) {
                emit(it->second, PointerPhase::Cancel, now);
                it = s.touches.erase(it);
            } else {
                ++it;
            }
        }
    }
    // A source or sender silent for a minute with nothing down is forgotten;
    // if it comes back, its first frame is simply accepted.
    constexpr double kForget = 60;
    std::erase_if(m_sources, [&](const auto& kv) { return kv.second.touches.empty() && now - kv.second.lastHeard > kForget; });
    std::erase_if(m_senders, [&](const auto& kv) { return now - kv.second.lastHeard > kForget; });
}

std::size_t TuioDecoder::liveTouches() const {
    std::size_t n = 0;
    for (const auto& [key, s] : m_sources) n += s.touches.size();
    return n;
}

}  // namespace nt
