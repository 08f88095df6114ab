/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-company-store.h"
#include "ds-payment-store.h"

G_BEGIN_DECLS

GBytes *ds_receipt_pdf_render (const DsPayment  *payment,
                               const DsCompany  *company,
                               GError          **error);

G_END_DECLS
