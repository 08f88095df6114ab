/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-company-store.h"
#include "ds-plan-store.h"

G_BEGIN_DECLS

GBytes *ds_plan_pdf_render (const DsPlan     *plan,
                            const DsCompany  *company,
                            GError          **error);

G_END_DECLS
