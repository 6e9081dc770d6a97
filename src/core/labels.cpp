// Translation keys of the model's enums.
#include "core/labels.h"

namespace nt {

const char* partnerRoleKey(PartnerRole role) {
    switch (role) {
        case PartnerRole::Initiator: return "role.initiator";
        case PartnerRole::Carrier: return "role.carrier";
        case PartnerRole::Driver: return "role.driver";
        case PartnerRole::Referrer: return "role.referrer";
        case PartnerRole::Supporter: return "role.supporter";
        case PartnerRole::KnowledgePartner: return "role.knowledge";
        case PartnerRole::Unset: break;
    }
    return "role.unset";
}

const char* collaborationFormKey(CollaborationForm form) {
    switch (form) {
        case CollaborationForm::Consultation: return "form.consultation";
        case CollaborationForm::AdHoc: return "form.adhoc";
        case CollaborationForm::Network: return "form.network";
        case CollaborationForm::Unset: break;
    }
    return "";
}

}  // namespace nt
