// Translation keys of the model's enums, shared by the panels and the report.
#pragma once

#include "core/model.h"

namespace nt {

const char* partnerRoleKey(PartnerRole role);             // "role.initiator" …, "role.unset"
const char* collaborationFormKey(CollaborationForm form);  // "form.consultation" …; "" for unset

}  // namespace nt
