// A large, believable-looking board for benchmarks and load tests.
#include "core/stress_board.h"

#include <cmath>
#include <random>

#include "core/layout.h"
#include "core/placement.h"
#include "core/programme.h"

namespace nt {

Board makeStressBoard(const Catalogue& catalogue, StressSize size, unsigned seed) {
    std::mt19937 rng(seed);
    Board b;
    b.workshop.title = "Stresstest";
    b.workshop.date = "2026-11-23";
    b.workshop.organisation = "Netwerktafel";

    const auto area = layout::kDiagramArea;
    const int cols = std::max(1, static_cast<int>(std::ceil(std::sqrt(size.municipalities * area.width() / area.height()))));
    const int rows = std::max(1, (size.municipalities + cols - 1) / cols);
    const double cellW = area.width() / cols;
    const double cellH = area.height() / rows;
    for (int i = 0; i < size.municipalities; ++i) {
        Municipality m;
        m.id = b.nextId++;
        m.name = "Gemeente " + std::to_string(i + 1);
        m.centre = {area.x0 + cellW * (i % cols + 0.5), area.y0 + cellH * (i / cols + 0.5)};
        m.radius = std::min(cellW, cellH) * 0.48;
        m.colour = 0x8FB8DEu;
        m.own = i == 0;
        b.municipalities.push_back(std::move(m));
    }

    std::uniform_real_distribution<double> ux(area.x0, area.x1), uy(area.y0, area.y1);
    // Notes anywhere above the tray, as a busy group would leave them.
    std::uniform_real_distribution<double> bx(layout::kNoteWidth / 2, kBoardWidth - layout::kNoteWidth / 2);
    std::uniform_real_distribution<double> by(layout::kNoteHeight / 2, layout::kTray.y0 - layout::kNoteHeight / 2);
    std::uniform_real_distribution<double> rot(-6, 6);
    const auto& types = catalogue.types();
    for (int i = 0; i < size.actors; ++i) {
        Actor a;
        a.id = b.nextId++;
        a.type = types.empty() ? "unknown" : types[static_cast<size_t>(i) % types.size()].id;
        a.name = "Actor " + std::to_string(i + 1);
        a.pos = {ux(rng), uy(rng)};
        const Placement p = placementAt(b, a.pos);
        a.municipality = p.municipality;
        a.sector = p.sector;
        b.actors.push_back(std::move(a));
    }
    const NoteKind kinds[] = {NoteKind::Strength, NoteKind::Weakness, NoteKind::Idea, NoteKind::Free};
    for (int i = 0; i < size.notes; ++i) {
        Note n;
        n.id = b.nextId++;
        n.kind = kinds[i % 4];
        n.text = "Idee nummer " + std::to_string(i + 1) + ": samen met de bibliotheek een vertelnamiddag voor senioren";
        n.pos = {bx(rng), by(rng)};
        n.rotation = rot(rng);
        b.notes.push_back(std::move(n));
    }
    giveDefaultProgramme(b);
    return b;
}

}  // namespace nt
