// Building the board of a new workshop from its set-up.
#include "core/workshop_setup.h"

#include <set>

#include "core/bubble_placement.h"
#include "core/municipality_geography.h"
#include "core/partner_reuse.h"
#include "core/text_match.h"

namespace nt {

namespace {

std::string trimmed(const std::string& text, std::size_t maxBytes) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return truncateUtf8(text.substr(first, last - first + 1), maxBytes);
}

void addBubble(Board& board, std::string name, const BubbleSpot& spot, bool own) {
    Municipality m;
    m.id = board.nextId++;
    m.name = std::move(name);
    m.centre = spot.centre;
    m.radius = spot.radius;
    m.colour = bubbleColour(board.municipalities.size());
    m.own = own;
    board.municipalities.push_back(std::move(m));
}

}  // namespace

Board createWorkshopBoard(const WorkshopSetup& setup, const Translations& tr) {
    Board board;
    board.workshop.title = trimmed(setup.title, kMaxNoteTextBytes);
    board.workshop.organisation = trimmed(setup.organisation, kMaxNoteTextBytes);
    board.workshop.date = trimmed(setup.date, kMaxNameBytes);
    board.display.layout = setup.layout;

    std::set<std::string> names;  // folded, so "Sint-Niklaas" and "sint niklaas" are one
    const std::string own = trimmed(setup.ownMunicipality, kMaxMunicipalityNameBytes);
    if (!own.empty()) {
        names.insert(foldForSearch(own));
        addBubble(board, own, newBubbleSpot(board, true), true);
    }

    struct Neighbour {
        std::string name;
        const NeighbourChoice* choice;
    };
    std::vector<Neighbour> neighbours;
    for (const NeighbourChoice& n : setup.neighbours) {
        std::string name = trimmed(n.name, kMaxMunicipalityNameBytes);
        if (name.empty() || !names.insert(foldForSearch(name)).second) continue;
        neighbours.push_back({std::move(name), &n});
    }
    // Those with a direction first, as a crowd that keeps its directions
    // (municipality_geography: nearest first, all a size smaller when one
    // would not fit its way); the rest fill in after them, in the
    // facilitator's order.
    std::vector<NearbyMunicipality> directed;
    for (const Neighbour& n : neighbours)
        if (n.choice->bearing) directed.push_back({n.name, n.choice->distanceKm.value_or(0), *n.choice->bearing});
    const std::vector<BubbleSpot> spots = neighbourBubbleSpots(board, directed);
    for (std::size_t i = 0; i < directed.size(); ++i) addBubble(board, directed[i].name, spots[i], false);
    for (Neighbour& n : neighbours)
        if (!n.choice->bearing) addBubble(board, std::move(n.name), newBubbleSpot(board, false), false);

    board.programme = programmeFromTemplate(setup.programme, board.nextId, tr);
    board.nextId += board.programme.phases.size();

    if (setup.reuseFrom) reusePartners(board, *setup.reuseFrom);
    return board;
}

}  // namespace nt
