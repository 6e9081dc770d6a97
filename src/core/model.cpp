// Names of the model's enums as they appear in board files.
#include "core/model.h"

namespace nt {

const char* sectorName(Sector s) {
    switch (s) {
        case Sector::Cultural: return "cultural";
        case Sector::NonCultural: return "non_cultural";
        case Sector::Unassigned: break;
    }
    return "unassigned";
}

std::optional<Sector> sectorFromName(const std::string& s) {
    if (s == "cultural") return Sector::Cultural;
    if (s == "non_cultural") return Sector::NonCultural;
    if (s == "unassigned") return Sector::Unassigned;
    return std::nullopt;
}

const char* noteKindName(NoteKind k) {
    switch (k) {
        case NoteKind::Strength: return "strength";
        case NoteKind::Weakness: return "weakness";
        case NoteKind::Idea: return "idea";
        case NoteKind::Free: break;
    }
    return "free";
}

std::optional<NoteKind> noteKindFromName(const std::string& s) {
    if (s == "strength") return NoteKind::Strength;
    if (s == "weakness") return NoteKind::Weakness;
    if (s == "idea") return NoteKind::Idea;
    if (s == "free") return NoteKind::Free;
    return std::nullopt;
}

}  // namespace nt
