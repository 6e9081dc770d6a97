// Names of the model's enums as they appear in board files.
#include "core/model.h"

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

const std::vector<std::string>& motiveIds() {
    static const std::vector<std::string> ids{
        "shared_challenge",       "scarce_resources",    "clout",           "cross_sector_content",
        "target_group_expertise", "professionalisation", "learning_network",
    };
    return ids;
}

const char* collaborationFormName(CollaborationForm f) {
    switch (f) {
        case CollaborationForm::Consultation: return "consultation";
        case CollaborationForm::AdHoc: return "ad_hoc";
        case CollaborationForm::Network: return "network";
        case CollaborationForm::Unset: break;
    }
    return "unset";
}

std::optional<CollaborationForm> collaborationFormFromName(const std::string& s) {
    if (s == "unset") return CollaborationForm::Unset;
    if (s == "consultation") return CollaborationForm::Consultation;
    if (s == "ad_hoc") return CollaborationForm::AdHoc;
    if (s == "network") return CollaborationForm::Network;
    return std::nullopt;
}

const char* partnerRoleName(PartnerRole r) {
    switch (r) {
        case PartnerRole::Initiator: return "initiator";
        case PartnerRole::Carrier: return "carrier";
        case PartnerRole::Driver: return "driver";
        case PartnerRole::Referrer: return "referrer";
        case PartnerRole::Supporter: return "supporter";
        case PartnerRole::KnowledgePartner: return "knowledge_partner";
        case PartnerRole::Unset: break;
    }
    return "unset";
}

std::optional<PartnerRole> partnerRoleFromName(const std::string& s) {
    if (s == "unset") return PartnerRole::Unset;
    if (s == "initiator") return PartnerRole::Initiator;
    if (s == "carrier") return PartnerRole::Carrier;
    if (s == "driver") return PartnerRole::Driver;
    if (s == "referrer") return PartnerRole::Referrer;
    if (s == "supporter") return PartnerRole::Supporter;
    if (s == "knowledge_partner") return PartnerRole::KnowledgePartner;
    return std::nullopt;
}

const char* voteStateName(VoteState s) {
    switch (s) {
        case VoteState::Open: return "open";
        case VoteState::Closed: return "closed";
        case VoteState::NotStarted: break;
    }
    return "not_started";
}

std::optional<VoteState> voteStateFromName(const std::string& s) {
    if (s == "not_started") return VoteState::NotStarted;
    if (s == "open") return VoteState::Open;
    if (s == "closed") return VoteState::Closed;
    return std::nullopt;
}

}  // namespace nt
