/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-company-store.h"
#include "ds-quote-store.h"

G_BEGIN_DECLS

GBytes *ds_quote_pdf_render (const DsQuote    *quote,
                             const DsCompany  *company,
                             GError          **error);

G_END_DECLS
