// A recorded touch session: the UDP datagrams a TUIO tracker sent, with the
// time each arrived, one JSON object per line ("JSON Lines"), so a recording
// can be read, trimmed and attached to a bug report:
//   {"t": 0.016, "from": "192.168.1.20:50123", "hex": "2362756e646c65..."}
// Written by `netwerktafel-tuio record`, sent again by `netwerktafel-tuio replay`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nt {

struct RecordedDatagram {
    double t = 0;           // seconds since the recording began
    std::string from;       // sender address, for several trackers
    std::string bytes;      // the datagram as received
    friend bool operator==(const RecordedDatagram&, const RecordedDatagram&) = default;
};

constexpr std::size_t kMaxDatagramBytes = 65507;  // the most a UDP datagram carries

// One line (no newline at the end).
std::string recordingLine(const RecordedDatagram& d);

// Reads a whole recording. Blank lines are skipped; anything else that is not
// a datagram throws std::runtime_error naming the line ("line 7: …"). Times
// must not go backwards.
std::vector<RecordedDatagram> parseRecording(std::string_view text);

}  // namespace nt
