// Reads the "board" object of a board file of the current format.
#pragma once

#include "core/json_reader.h"
#include "core/model.h"

namespace nt {

Board readBoard(const Reader& r, const Json& board);

}  // namespace nt
