/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-company-store.h"
#include "ds-invoice-store.h"

G_BEGIN_DECLS

GBytes *ds_invoice_pdf_render (const DsInvoice  *invoice,
                               const DsCompany  *company,
                               GError          **error);

G_END_DECLS
