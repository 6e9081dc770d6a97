// Names of the model's enums as they appear in board files.
#include "core/model.h"

#include <initializer_list>
#include <utility>

namespace nt {

std::optional<std::uint32_t> parseHexColour(std::string_view text) {
    if (text.size() != 7 || text[0] != '#') return std::nullopt;
    std::uint32_t value = 0;
    for (char ch : text.substr(1)) {
        int digit = -1;
        if (ch >= '0' && ch <= '9') digit = ch - '0';
        else if (ch >= 'a' && ch <= 'f') digit = ch - 'a' + 10;
        else if (ch >= 'A' && ch <= 'F') digit = ch - 'A' + 10;
        if (digit < 0) return std::nullopt;
        value = value * 16 + static_cast<std::uint32_t>(digit);
    }
    return value;
}

std::string truncateUtf8(std::string text, std::size_t maxBytes) {
    if (text.size() <= maxBytes) return text;
    std::size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
    return text;
}

std::string firstCharacter(std::string_view text) {
    if (text.empty()) return "?";
    const auto lead = static_cast<unsigned char>(text[0]);
    const size_t len = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
    if (len > text.size()) return "?";
    for (size_t i = 1; i < len; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) return "?";
    return std::string(text.substr(0, len));
}

namespace {

// Each enum's names in board files, the first entry being the fallback.
template <class E>
using NameTable = std::initializer_list<std::pair<E, const char*>>;

template <class E>
const char* nameIn(NameTable<E> table, E value) {
    for (const auto& [v, name] : table)
        if (v == value) return name;
    return table.begin()->second;
}

template <class E>
std::optional<E> valueIn(NameTable<E> table, const std::string& name) {
    for (const auto& [v, n] : table)
        if (name == n) return v;
    return std::nullopt;
}

constexpr NameTable<Sector> kSectors{
    {Sector::Unassigned, "unassigned"}, {Sector::Cultural, "cultural"}, {Sector::NonCultural, "non_cultural"}};
constexpr NameTable<NoteKind> kNoteKinds{
    {NoteKind::Free, "free"}, {NoteKind::Strength, "strength"}, {NoteKind::Weakness, "weakness"}, {NoteKind::Idea, "idea"}};
constexpr NameTable<CollaborationForm> kForms{{CollaborationForm::Unset, "unset"},
                                              {CollaborationForm::Consultation, "consultation"},
                                              {CollaborationForm::AdHoc, "ad_hoc"},
                                              {CollaborationForm::Network, "network"}};
constexpr NameTable<PartnerRole> kRoles{{PartnerRole::Unset, "unset"},         {PartnerRole::Initiator, "initiator"},
                                        {PartnerRole::Carrier, "carrier"},     {PartnerRole::Driver, "driver"},
                                        {PartnerRole::Referrer, "referrer"},   {PartnerRole::Supporter, "supporter"},
                                        {PartnerRole::KnowledgePartner, "knowledge_partner"}};
constexpr NameTable<VoteState> kVoteStates{
    {VoteState::NotStarted, "not_started"}, {VoteState::Open, "open"}, {VoteState::Closed, "closed"}};
constexpr NameTable<PhaseKind> kPhaseKinds{{PhaseKind::Custom, "custom"},
                                           {PhaseKind::OwnPractice, "own_practice"},
                                           {PhaseKind::Strengths, "strengths"},
                                           {PhaseKind::Weaknesses, "weaknesses"},
                                           {PhaseKind::Partners, "partners"},
                                           {PhaseKind::Combinations, "combinations"},
                                           {PhaseKind::Scenarios, "scenarios"},
                                           {PhaseKind::Vote, "vote"},
                                           {PhaseKind::WrapUp, "wrap_up"}};
constexpr NameTable<Replaceability> kReplaceability{{Replaceability::Unset, "unset"},
                                                    {Replaceability::Large, "large"},
                                                    {Replaceability::RatherLarge, "rather_large"},
                                                    {Replaceability::RatherSmall, "rather_small"},
                                                    {Replaceability::Small, "small"}};
constexpr NameTable<Dependency> kDependency{{Dependency::Unset, "unset"},
                                            {Dependency::Large, "large"},
                                            {Dependency::RatherLarge, "rather_large"},
                                            {Dependency::RatherSmall, "rather_small"}};
constexpr NameTable<RoomLayout> kRoomLayouts{{RoomLayout::Projector, "projector"}, {RoomLayout::Table, "table"}};
constexpr NameTable<KeyboardLayout> kKeyboardLayouts{{KeyboardLayout::Azerty, "azerty"},
                                                     {KeyboardLayout::Qwerty, "qwerty"}};

}  // namespace

#define NT_ENUM_NAMES(Enum, table, nameFn, fromFn)                           \
    const char* nameFn(Enum v) { return nameIn(table, v); }                  \
    std::optional<Enum> fromFn(const std::string& s) { return valueIn(table, s); }

NT_ENUM_NAMES(Sector, kSectors, sectorName, sectorFromName)
NT_ENUM_NAMES(NoteKind, kNoteKinds, noteKindName, noteKindFromName)
NT_ENUM_NAMES(CollaborationForm, kForms, collaborationFormName, collaborationFormFromName)
NT_ENUM_NAMES(PartnerRole, kRoles, partnerRoleName, partnerRoleFromName)
NT_ENUM_NAMES(VoteState, kVoteStates, voteStateName, voteStateFromName)
NT_ENUM_NAMES(PhaseKind, kPhaseKinds, phaseKindName, phaseKindFromName)
NT_ENUM_NAMES(Replaceability, kReplaceability, replaceabilityName, replaceabilityFromName)
NT_ENUM_NAMES(Dependency, kDependency, dependencyName, dependencyFromName)
NT_ENUM_NAMES(RoomLayout, kRoomLayouts, roomLayoutName, roomLayoutFromName)
NT_ENUM_NAMES(KeyboardLayout, kKeyboardLayouts, keyboardLayoutName, keyboardLayoutFromName)

#undef NT_ENUM_NAMES

const std::vector<std::string>& motiveIds() {
    static const std::vector<std::string> ids{
        "shared_challenge",       "scarce_resources",    "clout",           "cross_sector_content",
        "target_group_expertise", "professionalisation", "learning_network",
    };
    return ids;
}

const std::vector<std::string>& reflectionQuestionIds() {
    static const std::vector<std::string> ids{"durable_contacts", "shared_goals", "agreements", "show_impact"};
    return ids;
}

}  // namespace nt
