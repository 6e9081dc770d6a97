// A new workshop from what the facilitator filled in the day before: the
// workshop's fields, the room layout, the own municipality in the middle and
// the neighbours around it (in their real direction when known), a programme
// from a template, and optionally the partners of an earlier board. The
// caller decides the date (today by default) and loads the texts; nothing
// here reads the clock or the disk.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/catalogue.h"
#include "core/model.h"
#include "core/programme_templates.h"
#include "core/translations.h"

namespace nt {

struct NeighbourChoice {
    std::string name;
    std::optional<double> bearing;     // degrees from the own municipality: 0 north, 90 east (clockwise)
    std::optional<double> distanceKm;  // how far away; compressed on the board
};

struct WorkshopSetup {
    std::string title;
    std::string organisation;
    std::string date;                  // ISO 8601 day, e.g. "2026-12-03"
    Lang lang = Lang::Nl;              // the app's language; the board itself does not store one
    RoomLayout layout = RoomLayout::Projector;
    std::string ownMunicipality;       // empty: no bubble yet
    std::vector<NeighbourChoice> neighbours;
    ProgrammeTemplate programme = ProgrammeTemplate::Full;
    const Board* reuseFrom = nullptr;  // an earlier board whose partners come back (partner_reuse.h)
};

// The board for the set-up. Texts are trimmed; neighbours with an empty name
// or a name already given (the own one included, ignoring case and accents)
// are left out. Neighbours with a bearing are placed first, in their
// direction around the own bubble (neighbourBubbleSpots); the others then
// where newBubbleSpot puts a new bubble. `tr` holds the texts in
// setup.lang, for the programme's custom phases.
Board createWorkshopBoard(const WorkshopSetup& setup, const Translations& tr);

}  // namespace nt
