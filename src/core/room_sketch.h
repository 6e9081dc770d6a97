// A table's board as the plenary sees it (issue 17): enough to draw a live
// miniature and the board full size on the projector, and to see where the
// tables' maps meet. It travels as a board file (the same reader checks it)
// on nt/room/tables/<name>/board, within one message: notes' texts cut
// short, arena assessments, scenarios and votes left at the table.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace nt::room {

std::string boardTopic(const std::string& table);

// How often a table sends its board at most while it changes (seconds).
inline constexpr double kSketchInterval = 2.0;
inline constexpr size_t kMaxSketchNoteBytes = 160;

// The table's board cut down to what the plenary shows, as one message of
// at most kMaxMessageBytes (the oldest notes go first when it would not fit,
// then combinations, then partners); empty when even that does not fit.
std::string encodeSketch(const Board& table);
std::optional<Board> decodeSketch(std::string_view text, std::string& why);

// The same partner (same name and municipality, whatever the case and
// spaces) on the boards of several tables.
struct SharedPartner {
    std::string name, municipality;
    std::vector<std::string> tables;
    friend bool operator==(const SharedPartner&, const SharedPartner&) = default;
};
// A municipality whose bubble several tables drew.
struct SharedMunicipality {
    std::string name;
    std::vector<std::string> tables;
    friend bool operator==(const SharedMunicipality&, const SharedMunicipality&) = default;
};
// Most tables first, then by name.
std::vector<SharedPartner> sharedPartners(const std::map<std::string, Board>& boards);
std::vector<SharedMunicipality> sharedMunicipalities(const std::map<std::string, Board>& boards);

}  // namespace nt::room
