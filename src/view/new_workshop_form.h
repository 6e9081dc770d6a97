// The set-up of a new workshop, done the day before on a laptop or at the
// table: title, organisation, date, language, room layout, the own
// municipality by type-ahead, its neighbours suggested from geography (ticked
// on or off, any other added), a programme to start from and, if wanted, the
// partners of an earlier board. Every field takes the on-screen keyboard.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/board_list.h"
#include "core/municipality_geography.h"
#include "core/workshop_setup.h"
#include "view/board_view.h"

namespace nt {

// Names the last ImGui item for the UI map (app/ui_map.h), so tests tap what was drawn.
void MarkLastItem(ViewIntents& out, std::string name);

class NewWorkshopForm {
public:
    // A fresh form: today's date, the app's language and nothing else.
    void reset(const std::string& today, Lang lang);
    // True when the facilitator asked to make the board: `setup` and
    // `reusePath` hold what was chosen.
    bool draw(const ViewInput& in, ViewIntents& out, const std::vector<BoardSummary>& boards, WorkshopSetup& setup,
              std::string& reusePath);

private:
    struct Text {
        std::string value;
        bool typing = false;         // an on-screen keyboard writes it
    };
    void textField(const ViewInput& in, ViewIntents& out, const char* key, const char* hintKey, Text& text,
                   std::size_t maxBytes, float width);
    void drawLeft(const ViewInput& in, ViewIntents& out, float finger);
    void drawMunicipalities(const ViewInput& in, ViewIntents& out, float finger);
    void drawRight(const ViewInput& in, ViewIntents& out, const std::vector<BoardSummary>& boards, float finger);
    void chooseOwn(const ViewInput& in, const std::string& name);
    bool ready() const { return !m_title.value.empty() || !m_organisation.value.empty(); }

    Text m_title, m_organisation, m_own, m_other;
    std::string m_date, m_today;
    Lang m_lang = Lang::Nl;
    RoomLayout m_layout = RoomLayout::Projector;
    std::string m_ownChosen;                   // the own municipality, once picked
    struct Neighbour {
        NearbyMunicipality place;
        bool wanted = false;
    };
    std::vector<Neighbour> m_neighbours;       // suggested, nearest first, then added ones
    ProgrammeTemplate m_programme = ProgrammeTemplate::Full;
    std::string m_reusePath;
};

}  // namespace nt
