/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-api-call.h"
#include "doorstep-calendar-feed.h"
#include "doorstep-company.h"
#include "doorstep-counts.h"
#include "doorstep-customer.h"
#include "doorstep-dashboard.h"
#include "doorstep-document-entry.h"
#include "doorstep-equipment.h"
#include "doorstep-health.h"
#include "doorstep-invoice.h"
#include "doorstep-job.h"
#include "doorstep-payable.h"
#include "doorstep-payment-config.h"
#include "doorstep-payment-method.h"
#include "doorstep-payment.h"
#include "doorstep-plan.h"
#include "doorstep-project.h"
#include "doorstep-quote.h"
#include "doorstep-service-request.h"
#include "doorstep-user.h"
#include "doorstep-visit.h"
#include "fuzz.h"

/* An answer from a server, as the app reads one: the first two bytes pick
 * the status (success or a problem) and the record it must be, the rest
 * is the body. Any bytes give a record or an error, never both or
 * neither. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const guint statuses[] = { 200, 201, 400, 401, 404, 409, 422, 429, 500 };
  GType types[] = {
    DOORSTEP_TYPE_COMPANY, DOORSTEP_TYPE_COUNTS, DOORSTEP_TYPE_CUSTOMER, DOORSTEP_TYPE_DASHBOARD,
    DOORSTEP_TYPE_HEALTH, DOORSTEP_TYPE_QUOTE, DOORSTEP_TYPE_SERVICE_REQUEST, DOORSTEP_TYPE_USER,
    DOORSTEP_TYPE_VISIT, DOORSTEP_TYPE_JOB, DOORSTEP_TYPE_PROJECT, DOORSTEP_TYPE_CALENDAR_FEED,
    DOORSTEP_TYPE_INVOICE, DOORSTEP_TYPE_PAYMENT, DOORSTEP_TYPE_PAYMENT_METHOD,
    DOORSTEP_TYPE_PAYMENT_CONFIG, DOORSTEP_TYPE_PAYABLE, DOORSTEP_TYPE_PLAN,
    DOORSTEP_TYPE_EQUIPMENT, DOORSTEP_TYPE_DOCUMENT_ENTRY,
  };
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) answer = NULL;
  guint status;
  GType type;
  gboolean page;
  DoorstepCallReader reader;

  /* The first byte picks the status, the media type (bit 0) and a page
   * or one record (bit 7); the second the record's type. */
  if (size < 2)
    return 0;
  status = statuses[data[0] % G_N_ELEMENTS (statuses)];
  type = types[data[1] % G_N_ELEMENTS (types)];
  page = (data[0] & 0x80) != 0;
  body = g_bytes_new (data + 2, size - 2);

  /* Counts are not a record: they are read as list endpoints read them. */
  if (type == DOORSTEP_TYPE_COUNTS)
    reader = doorstep_api_read_counts;
  else
    reader = page ? doorstep_api_read_page : doorstep_api_read_record;
  answer = doorstep_api_read_json_answer (NULL, status,
                                          (data[0] & 1) ? "application/problem+json" : "application/json",
                                          body, reader, type, &error);
  g_assert ((answer == NULL) != (error == NULL));
  g_assert (error == NULL || error->message != NULL);
  return 0;
}
