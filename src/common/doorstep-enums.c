/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "doorstep-enums.h"

typedef struct {
  const char *name;   /* the JSON name, never translated */
  const char *label;  /* what a person reads, translated on use */
} EnumEntry;

static const EnumEntry roles[] = {
  [DOORSTEP_ROLE_CUSTOMER]   = { "customer",   N_("Customer") },
  [DOORSTEP_ROLE_TECHNICIAN] = { "technician", N_("Technician") },
  [DOORSTEP_ROLE_OPERATOR]   = { "operator",   N_("Operator") },
  [DOORSTEP_ROLE_ADMIN]      = { "admin",      N_("Administrator") },
};

static const EnumEntry customer_types[] = {
  [DOORSTEP_CUSTOMER_TYPE_HOMEOWNER]        = { "homeowner",        N_("Homeowner") },
  [DOORSTEP_CUSTOMER_TYPE_TENANT]           = { "tenant",           N_("Tenant") },
  [DOORSTEP_CUSTOMER_TYPE_LANDLORD]         = { "landlord",         N_("Landlord") },
  [DOORSTEP_CUSTOMER_TYPE_BUYER]            = { "buyer",            N_("Home buyer") },
  [DOORSTEP_CUSTOMER_TYPE_PROPERTY_MANAGER] = { "property_manager", N_("Property manager") },
  [DOORSTEP_CUSTOMER_TYPE_BUSINESS]         = { "business",         N_("Business") },
};

static const EnumEntry tag_colours[] = {
  [DOORSTEP_TAG_COLOUR_BLUE]   = { "blue",   N_("Blue") },
  [DOORSTEP_TAG_COLOUR_GREEN]  = { "green",  N_("Green") },
  [DOORSTEP_TAG_COLOUR_YELLOW] = { "yellow", N_("Yellow") },
  [DOORSTEP_TAG_COLOUR_ORANGE] = { "orange", N_("Orange") },
  [DOORSTEP_TAG_COLOUR_RED]    = { "red",    N_("Red") },
  [DOORSTEP_TAG_COLOUR_PURPLE] = { "purple", N_("Purple") },
  [DOORSTEP_TAG_COLOUR_BROWN]  = { "brown",  N_("Brown") },
  [DOORSTEP_TAG_COLOUR_GRAY]   = { "gray",   N_("Gray") },
};

static const EnumEntry request_kinds[] = {
  [DOORSTEP_REQUEST_KIND_JOB]   = { "job",   N_("Job") },
  [DOORSTEP_REQUEST_KIND_QUOTE] = { "quote", N_("Quote") },
};

static const EnumEntry timings[] = {
  [DOORSTEP_TIMING_ASAP]           = { "asap",           N_("As soon as possible") },
  [DOORSTEP_TIMING_THIS_WEEK]      = { "this_week",      N_("This week") },
  [DOORSTEP_TIMING_NEXT_TWO_WEEKS] = { "next_two_weeks", N_("Within two weeks") },
  [DOORSTEP_TIMING_FLEXIBLE]       = { "flexible",       N_("I’m flexible") },
};

static const EnumEntry request_statuses[] = {
  [DOORSTEP_REQUEST_STATUS_NEW]       = { "new",       N_("Sent") },
  [DOORSTEP_REQUEST_STATUS_IN_REVIEW] = { "in_review", N_("In review") },
  [DOORSTEP_REQUEST_STATUS_SCHEDULED] = { "scheduled", N_("Scheduled") },
  [DOORSTEP_REQUEST_STATUS_CLOSED]    = { "closed",    N_("Closed") },
};
static const EnumEntry quote_statuses[] = {
  [DOORSTEP_QUOTE_STATUS_REQUESTED] = { "requested", N_("Requested") },
  [DOORSTEP_QUOTE_STATUS_OPEN]      = { "open",      N_("Awaiting decision") },
  [DOORSTEP_QUOTE_STATUS_APPROVED]  = { "approved",  N_("Approved") },
  [DOORSTEP_QUOTE_STATUS_DECLINED]  = { "declined",  N_("Declined") },
};

static const EnumEntry quote_filters[] = {
  [DOORSTEP_QUOTE_FILTER_ALL]       = { "all",       N_("All") },
  [DOORSTEP_QUOTE_FILTER_OPEN]      = { "open",      N_("Open") },
  [DOORSTEP_QUOTE_FILTER_APPROVED]  = { "approved",  N_("Approved") },
  [DOORSTEP_QUOTE_FILTER_DECLINED]  = { "declined",  N_("Declined") },
  [DOORSTEP_QUOTE_FILTER_REQUESTED] = { "requested", N_("Requested") },
};

static const EnumEntry visit_statuses[] = {
  [DOORSTEP_VISIT_STATUS_SCHEDULED]              = { "scheduled",              N_("Scheduled") },
  [DOORSTEP_VISIT_STATUS_ON_THE_WAY]             = { "on_the_way",             N_("On the way") },
  [DOORSTEP_VISIT_STATUS_IN_PROGRESS]            = { "in_progress",            N_("In progress") },
  [DOORSTEP_VISIT_STATUS_COMPLETED]              = { "completed",              N_("Completed") },
  [DOORSTEP_VISIT_STATUS_CANCELLED]              = { "cancelled",              N_("Cancelled") },
  [DOORSTEP_VISIT_STATUS_RESCHEDULE_REQUESTED]   = { "reschedule_requested",   N_("Reschedule requested") },
  [DOORSTEP_VISIT_STATUS_CANCELLATION_REQUESTED] = { "cancellation_requested", N_("Cancellation requested") },
};

static const EnumEntry project_statuses[] = {
  [DOORSTEP_PROJECT_STATUS_OPEN]      = { "open",      N_("Under way") },
  [DOORSTEP_PROJECT_STATUS_COMPLETED] = { "completed", N_("Completed") },
  [DOORSTEP_PROJECT_STATUS_CANCELLED] = { "cancelled", N_("Cancelled") },
};

static const EnumEntry stage_statuses[] = {
  [DOORSTEP_STAGE_STATUS_PENDING]     = { "pending",     N_("Not started") },
  [DOORSTEP_STAGE_STATUS_IN_PROGRESS] = { "in_progress", N_("In progress") },
  [DOORSTEP_STAGE_STATUS_DONE]        = { "done",        N_("Done") },
};

static const EnumEntry invoice_statuses[] = {
  [DOORSTEP_INVOICE_STATUS_OPEN] = { "open", N_("Open") },
  [DOORSTEP_INVOICE_STATUS_PAID] = { "paid", N_("Paid") },
  [DOORSTEP_INVOICE_STATUS_VOID] = { "void", N_("Void") },
};

static const EnumEntry invoice_filters[] = {
  [DOORSTEP_INVOICE_FILTER_OPEN]    = { "open",    N_("Open") },
  [DOORSTEP_INVOICE_FILTER_OVERDUE] = { "overdue", N_("Overdue") },
  [DOORSTEP_INVOICE_FILTER_PAID]    = { "paid",    N_("Paid") },
  [DOORSTEP_INVOICE_FILTER_ALL]     = { "all",     N_("All") },
};

static const EnumEntry job_filters[] = {
  [DOORSTEP_JOB_FILTER_UPCOMING]  = { "upcoming",  N_("Upcoming") },
  [DOORSTEP_JOB_FILTER_COMPLETED] = { "completed", N_("Completed") },
};

static gboolean
lookup_name (const EnumEntry *entries,
             guint            n_entries,
             const char      *str,
             int             *out)
{
  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < n_entries; i++)
    {
      if (g_str_equal (entries[i].name, str))
        {
          if (out != NULL)
            *out = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

#define DEFINE_ENUM_NAMES(prefix, Type, table)                                 \
  const char *                                                                 \
  prefix##_to_string (Type value)                                              \
  {                                                                            \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);         \
    return table[value].name;                                                  \
  }                                                                            \
  gboolean                                                                     \
  prefix##_from_string (const char *str, Type *out)                            \
  {                                                                            \
    int value;                                                                 \
    if (!lookup_name (table, G_N_ELEMENTS (table), str, &value))               \
      return FALSE;                                                            \
    if (out != NULL)                                                           \
      *out = (Type) value;                                                     \
    return TRUE;                                                               \
  }                                                                            \
  const char *                                                                 \
  prefix##_get_label (Type value)                                              \
  {                                                                            \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);         \
    return g_dgettext (GETTEXT_PACKAGE, table[value].label);                   \
  }

DEFINE_ENUM_NAMES (doorstep_role, DoorstepRole, roles)
DEFINE_ENUM_NAMES (doorstep_customer_type, DoorstepCustomerType, customer_types)
DEFINE_ENUM_NAMES (doorstep_tag_colour, DoorstepTagColour, tag_colours)
DEFINE_ENUM_NAMES (doorstep_request_kind, DoorstepRequestKind, request_kinds)
DEFINE_ENUM_NAMES (doorstep_timing, DoorstepTiming, timings)
DEFINE_ENUM_NAMES (doorstep_request_status, DoorstepRequestStatus, request_statuses)
DEFINE_ENUM_NAMES (doorstep_quote_status, DoorstepQuoteStatus, quote_statuses)
DEFINE_ENUM_NAMES (doorstep_quote_filter, DoorstepQuoteFilter, quote_filters)
DEFINE_ENUM_NAMES (doorstep_visit_status, DoorstepVisitStatus, visit_statuses)
DEFINE_ENUM_NAMES (doorstep_project_status, DoorstepProjectStatus, project_statuses)
DEFINE_ENUM_NAMES (doorstep_stage_status, DoorstepStageStatus, stage_statuses)
DEFINE_ENUM_NAMES (doorstep_invoice_status, DoorstepInvoiceStatus, invoice_statuses)
DEFINE_ENUM_NAMES (doorstep_invoice_filter, DoorstepInvoiceFilter, invoice_filters)
DEFINE_ENUM_NAMES (doorstep_job_filter, DoorstepJobFilter, job_filters)

guint
doorstep_tag_colour_get_count (void)
{
  return G_N_ELEMENTS (tag_colours);
}

guint
doorstep_customer_type_get_count (void)
{
  return G_N_ELEMENTS (customer_types);
}

guint
doorstep_job_filter_get_count (void)
{
  return G_N_ELEMENTS (job_filters);
}

guint
doorstep_invoice_filter_get_count (void)
{
  return G_N_ELEMENTS (invoice_filters);
}

guint
doorstep_quote_filter_get_count (void)
{
  return G_N_ELEMENTS (quote_filters);
}

gboolean
doorstep_role_is_staff (DoorstepRole role)
{
  return role != DOORSTEP_ROLE_CUSTOMER;
}

guint
doorstep_timing_get_count (void)
{
  return G_N_ELEMENTS (timings);
}
