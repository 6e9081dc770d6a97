// The local wall-clock time, for what people read later: the moment a vote
// was cast, e.g. "2026-11-23T14:05:09+01:00". The core reads no clock; the
// app hands it this one.
#pragma once

#include <string>

namespace nt {

std::string isoLocalTimeNow();
// Unix time now, in seconds.
double unixTimeNow();

}  // namespace nt
