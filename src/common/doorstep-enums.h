/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Each enum has a fixed JSON name per value; the server writes these names
 * and the client parses them, so both sides live here. The app registers
 * them as GEnum types whose nicks are the JSON names (the comments below
 * give the nicks glib-mkenums would not guess). */

typedef enum {
  DOORSTEP_ROLE_CUSTOMER,
  DOORSTEP_ROLE_TECHNICIAN,
  DOORSTEP_ROLE_OPERATOR,
  DOORSTEP_ROLE_ADMIN,
} DoorstepRole;

typedef enum {
  DOORSTEP_REQUEST_KIND_JOB,
  DOORSTEP_REQUEST_KIND_QUOTE,
} DoorstepRequestKind;

typedef enum {
  DOORSTEP_TIMING_ASAP,
  DOORSTEP_TIMING_THIS_WEEK,       /*< nick=this_week >*/
  DOORSTEP_TIMING_NEXT_TWO_WEEKS,  /*< nick=next_two_weeks >*/
  DOORSTEP_TIMING_FLEXIBLE,
} DoorstepTiming;

typedef enum {
  DOORSTEP_REQUEST_STATUS_NEW,
  DOORSTEP_REQUEST_STATUS_IN_REVIEW,  /*< nick=in_review >*/
  DOORSTEP_REQUEST_STATUS_SCHEDULED,
  DOORSTEP_REQUEST_STATUS_CLOSED,
} DoorstepRequestStatus;

/* Where a quote stands. An open quote past its valid-until date is still
 * "open" here; the API adds "expired": true and refuses to act on it. */
typedef enum {
  DOORSTEP_QUOTE_STATUS_REQUESTED,  /* asked for, not priced yet */
  DOORSTEP_QUOTE_STATUS_OPEN,       /* sent, awaiting the customer's decision */
  DOORSTEP_QUOTE_STATUS_APPROVED,
  DOORSTEP_QUOTE_STATUS_DECLINED,
} DoorstepQuoteStatus;

/* The filters of the quotes list: "open" leaves out expired quotes. */
typedef enum {
  DOORSTEP_QUOTE_FILTER_ALL,
  DOORSTEP_QUOTE_FILTER_OPEN,
  DOORSTEP_QUOTE_FILTER_APPROVED,
  DOORSTEP_QUOTE_FILTER_DECLINED,
  DOORSTEP_QUOTE_FILTER_REQUESTED,
} DoorstepQuoteFilter;

/* Where a visit stands for the customer: its own status, or the request
 * of theirs that waits for staff. */
typedef enum {
  DOORSTEP_VISIT_STATUS_SCHEDULED,
  DOORSTEP_VISIT_STATUS_ON_THE_WAY,              /*< nick=on_the_way >*/
  DOORSTEP_VISIT_STATUS_IN_PROGRESS,             /*< nick=in_progress >*/
  DOORSTEP_VISIT_STATUS_COMPLETED,
  DOORSTEP_VISIT_STATUS_CANCELLED,
  DOORSTEP_VISIT_STATUS_RESCHEDULE_REQUESTED,    /*< nick=reschedule_requested >*/
  DOORSTEP_VISIT_STATUS_CANCELLATION_REQUESTED,  /*< nick=cancellation_requested >*/
} DoorstepVisitStatus;

/* A project in stages, and each of its stages. */
typedef enum {
  DOORSTEP_PROJECT_STATUS_OPEN,
  DOORSTEP_PROJECT_STATUS_COMPLETED,
  DOORSTEP_PROJECT_STATUS_CANCELLED,
} DoorstepProjectStatus;

typedef enum {
  DOORSTEP_STAGE_STATUS_PENDING,
  DOORSTEP_STAGE_STATUS_IN_PROGRESS,  /*< nick=in_progress >*/
  DOORSTEP_STAGE_STATUS_DONE,
} DoorstepStageStatus;

/* An invoice: open while it has a balance, paid once it has none, void
 * when the business cancelled it. */
typedef enum {
  DOORSTEP_INVOICE_STATUS_OPEN,
  DOORSTEP_INVOICE_STATUS_PAID,
  DOORSTEP_INVOICE_STATUS_VOID,
} DoorstepInvoiceStatus;

/* The filters of the invoices list: "overdue" is open and past its due
 * day, and is among the open ones too. */
typedef enum {
  DOORSTEP_INVOICE_FILTER_OPEN,
  DOORSTEP_INVOICE_FILTER_OVERDUE,
  DOORSTEP_INVOICE_FILTER_PAID,
  DOORSTEP_INVOICE_FILTER_ALL,
} DoorstepInvoiceFilter;

/* The filters of the jobs list. */
typedef enum {
  DOORSTEP_JOB_FILTER_UPCOMING,
  DOORSTEP_JOB_FILTER_COMPLETED,
} DoorstepJobFilter;

/* What kind of customer the business has: what the staff pick from when
 * they edit one. */
typedef enum {
  DOORSTEP_CUSTOMER_TYPE_HOMEOWNER,
  DOORSTEP_CUSTOMER_TYPE_TENANT,
  DOORSTEP_CUSTOMER_TYPE_LANDLORD,
  DOORSTEP_CUSTOMER_TYPE_BUYER,
  DOORSTEP_CUSTOMER_TYPE_PROPERTY_MANAGER,
  DOORSTEP_CUSTOMER_TYPE_BUSINESS,
} DoorstepCustomerType;

const char *doorstep_role_to_string            (DoorstepRole role);
gboolean    doorstep_role_from_string          (const char *str, DoorstepRole *out);
gboolean    doorstep_role_is_staff             (DoorstepRole role);
const char *doorstep_role_get_label            (DoorstepRole role);

/* The colours a tag may have: the app draws each from its palette. */
typedef enum {
  DOORSTEP_TAG_COLOUR_BLUE,
  DOORSTEP_TAG_COLOUR_GREEN,
  DOORSTEP_TAG_COLOUR_YELLOW,
  DOORSTEP_TAG_COLOUR_ORANGE,
  DOORSTEP_TAG_COLOUR_RED,
  DOORSTEP_TAG_COLOUR_PURPLE,
  DOORSTEP_TAG_COLOUR_BROWN,
  DOORSTEP_TAG_COLOUR_GRAY,
} DoorstepTagColour;

const char *doorstep_tag_colour_to_string    (DoorstepTagColour colour);
gboolean    doorstep_tag_colour_from_string  (const char *str, DoorstepTagColour *out);
const char *doorstep_tag_colour_get_label    (DoorstepTagColour colour);
guint       doorstep_tag_colour_get_count    (void);

const char *doorstep_customer_type_to_string  (DoorstepCustomerType type);
gboolean    doorstep_customer_type_from_string (const char *str, DoorstepCustomerType *out);
const char *doorstep_customer_type_get_label  (DoorstepCustomerType type);
guint       doorstep_customer_type_get_count  (void);

const char *doorstep_request_kind_to_string    (DoorstepRequestKind kind);
gboolean    doorstep_request_kind_from_string  (const char *str, DoorstepRequestKind *out);
const char *doorstep_request_kind_get_label    (DoorstepRequestKind kind);

const char *doorstep_timing_to_string          (DoorstepTiming timing);
gboolean    doorstep_timing_from_string        (const char *str, DoorstepTiming *out);
const char *doorstep_timing_get_label          (DoorstepTiming timing);
guint       doorstep_timing_get_count          (void);

const char *doorstep_request_status_to_string  (DoorstepRequestStatus status);
gboolean    doorstep_request_status_from_string (const char *str, DoorstepRequestStatus *out);
const char *doorstep_request_status_get_label  (DoorstepRequestStatus status);


const char *doorstep_quote_status_to_string    (DoorstepQuoteStatus status);
gboolean    doorstep_quote_status_from_string  (const char *str, DoorstepQuoteStatus *out);
const char *doorstep_quote_status_get_label    (DoorstepQuoteStatus status);

const char *doorstep_quote_filter_to_string    (DoorstepQuoteFilter filter);
gboolean    doorstep_quote_filter_from_string  (const char *str, DoorstepQuoteFilter *out);
const char *doorstep_quote_filter_get_label    (DoorstepQuoteFilter filter);
guint       doorstep_quote_filter_get_count    (void);
const char *doorstep_visit_status_to_string    (DoorstepVisitStatus status);
gboolean    doorstep_visit_status_from_string  (const char *str, DoorstepVisitStatus *out);
const char *doorstep_visit_status_get_label    (DoorstepVisitStatus status);
const char *doorstep_project_status_to_string  (DoorstepProjectStatus status);
gboolean    doorstep_project_status_from_string (const char *str, DoorstepProjectStatus *out);
const char *doorstep_project_status_get_label  (DoorstepProjectStatus status);
const char *doorstep_stage_status_to_string    (DoorstepStageStatus status);
gboolean    doorstep_stage_status_from_string  (const char *str, DoorstepStageStatus *out);
const char *doorstep_stage_status_get_label    (DoorstepStageStatus status);
const char *doorstep_invoice_status_to_string  (DoorstepInvoiceStatus status);
gboolean    doorstep_invoice_status_from_string (const char *str, DoorstepInvoiceStatus *out);
const char *doorstep_invoice_status_get_label  (DoorstepInvoiceStatus status);
const char *doorstep_invoice_filter_to_string  (DoorstepInvoiceFilter filter);
gboolean    doorstep_invoice_filter_from_string (const char *str, DoorstepInvoiceFilter *out);
const char *doorstep_invoice_filter_get_label  (DoorstepInvoiceFilter filter);
guint       doorstep_invoice_filter_get_count  (void);
const char *doorstep_job_filter_to_string      (DoorstepJobFilter filter);
gboolean    doorstep_job_filter_from_string    (const char *str, DoorstepJobFilter *out);
const char *doorstep_job_filter_get_label      (DoorstepJobFilter filter);
guint       doorstep_job_filter_get_count      (void);

G_END_DECLS
