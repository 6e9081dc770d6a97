// What the results report lists, shared by its three formats (Markdown, CSV,
// the printable HTML page): the order of the combinations, their members'
// names, roles and municipalities, motives and ideas, and where the files go.
#pragma once

#include <string>
#include <vector>

#include "core/model.h"
#include "core/translations.h"
#include "core/vote_rules.h"

namespace nt::report {

// True once a vote was opened or holds votes: then the report shows ranks and counts.
bool voteHappened(const Board& b);

// The combinations in report order: by rank once a vote happened, otherwise
// as they are on the board (numbered 1, 2, 3 …, no counts).
std::vector<RankedCombination> combinationsInOrder(const Board& b);

std::string actorName(const Board& b, Id id);
std::string municipalityName(const Board& b, Id id);
const char* halfKey(Sector s);  // "bubble.cultural" / "bubble.noncultural"

// The member's role in the combination, translated; empty when not set.
std::string roleOf(const Combination& c, Id actor, const Translations& tr);
// "name (role, municipality)", leaving out what is unknown.
std::string memberText(const Board& b, const Combination& c, Id member, const Translations& tr);
// Every member as memberText gives it; a table's combination on the
// plenary's board gives its partners' names as the table sent them.
std::vector<std::string> memberTexts(const Board& b, const Combination& c, const Translations& tr);
// Where a line of the room's vote came from: its table's name, or the plenary.
std::string roomResultSource(const RoomResultLine& l, const Translations& tr);
// The table that sent a combination on the plenary's board, else empty.
std::string fromTableText(const Combination& c);

std::vector<std::string> motiveTexts(const Combination& c, const Translations& tr);
std::vector<std::string> ideaTexts(const Board& b, const Combination& c);
bool isAttachedIdea(const Board& b, Id note);

// The non-empty parts joined by `sep`.
std::string joined(const std::vector<std::string>& parts, const char* sep);

}  // namespace nt::report
