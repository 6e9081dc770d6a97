// Fuzz target: the TUIO/OSC decoder. The input is a series of datagrams,
// each preceded by a one-byte length (0: the rest), fed from two senders
// with time moving on, then the silence timeout. Nothing may crash, and
// every pointer that went down must end (up or cancel) once all is silent.
#include <cstddef>
#include <cstdint>
#include <set>

#include "input/tuio_decoder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    nt::TuioDecoder decoder;
    std::set<std::uint64_t> down;
    auto collect = [&] {
        for (const nt::PointerEvent& e : decoder.takeEvents()) {
            if (e.phase == nt::PointerPhase::Down) down.insert(e.pointer);
            if (e.phase == nt::PointerPhase::Up || e.phase == nt::PointerPhase::Cancel) down.erase(e.pointer);
        }
    };
    double now = 1.0;
    std::size_t at = 0;
    int datagram = 0;
    while (at < size) {
        std::size_t len = data[at++];
        if (len == 0 || len > size - at) len = size - at;
        decoder.feed(data + at, len, (datagram++ % 3 == 2) ? "10.0.0.2:3333" : "10.0.0.1:3333", now);
        collect();
        at += len;
        now += 0.01;
    }
    decoder.expire(now + 60);
    collect();
    if (!down.empty() || decoder.liveTouches() != 0) __builtin_trap();
    return 0;
}
