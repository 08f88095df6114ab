/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-list-page.h"

G_BEGIN_DECLS

/* The payment history, newest first; a payment opens its receipt. */

#define DOORSTEP_TYPE_PAYMENTS_PAGE (doorstep_payments_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPaymentsPage, doorstep_payments_page, DOORSTEP, PAYMENTS_PAGE, DoorstepListPage)

G_END_DECLS
