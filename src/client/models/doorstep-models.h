/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "doorstep-common.h"

G_BEGIN_DECLS

/* Readers for JSON from the API: a member that is missing, null or of the
 * wrong type is %NULL, so nonsense from a server becomes an error, never a
 * crash. @object may be %NULL. */
const char *doorstep_json_get_string (JsonObject *object,
                                      const char *member);
JsonObject *doorstep_json_get_object (JsonObject *object,
                                      const char *member);
JsonArray  *doorstep_json_get_array  (JsonObject *object,
                                      const char *member);
gint64      doorstep_json_get_int    (JsonObject *object,
                                      const char *member,
                                      gint64      fallback);
gboolean    doorstep_json_get_boolean (JsonObject *object,
                                      const char *member,
                                      gboolean    fallback);
/* Sets an "answer Doorstep does not understand (@what)" error unless
 * @condition holds. */
gboolean    doorstep_json_require    (gboolean    condition,
                                      const char *what,
                                      GError    **error);

/* Read-only records parsed from the API. Each is filled once from JSON by
 * its _new_from_json() and never changes after; a fresh load makes new
 * objects. They live in one file because none has behaviour of its own. */

#define DOORSTEP_TYPE_USER (doorstep_user_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepUser, doorstep_user, DOORSTEP, USER, GObject)

DoorstepUser *doorstep_user_new_from_json            (JsonObject   *object,
                                                      GError      **error);
const char   *doorstep_user_get_id                   (DoorstepUser *self);
const char   *doorstep_user_get_email                (DoorstepUser *self);
const char   *doorstep_user_get_display_name         (DoorstepUser *self);
DoorstepRole  doorstep_user_get_role                 (DoorstepUser *self);
const char   *doorstep_user_get_customer_id          (DoorstepUser *self);

#define DOORSTEP_TYPE_PROPERTY (doorstep_property_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepProperty, doorstep_property, DOORSTEP, PROPERTY, GObject)

const char   *doorstep_property_get_id               (DoorstepProperty *self);
const char   *doorstep_property_get_label            (DoorstepProperty *self);
const char   *doorstep_property_get_street           (DoorstepProperty *self);
const char   *doorstep_property_get_city             (DoorstepProperty *self);
int           doorstep_property_get_year_built       (DoorstepProperty *self);
const char   *doorstep_property_get_building_details (DoorstepProperty *self);
char         *doorstep_property_dup_summary          (DoorstepProperty *self);

#define DOORSTEP_TYPE_COMPANY (doorstep_company_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCompany, doorstep_company, DOORSTEP, COMPANY, GObject)

DoorstepCompany *doorstep_company_new_from_json      (JsonObject      *object,
                                                      GError         **error);
const char   *doorstep_company_get_name              (DoorstepCompany *self);
const char   *doorstep_company_get_phone             (DoorstepCompany *self);
const char   *doorstep_company_get_sms_phone         (DoorstepCompany *self);
const char   *doorstep_company_get_email             (DoorstepCompany *self);
const char   *doorstep_company_get_currency          (DoorstepCompany *self);
GTimeZone    *doorstep_company_get_timezone          (DoorstepCompany *self);
char         *doorstep_company_dup_address           (DoorstepCompany *self,
                                                      gboolean         one_line);
const DoorstepHoursSpan *doorstep_company_get_hours  (DoorstepCompany *self,
                                                      gsize           *n_spans);
GListModel   *doorstep_company_get_service_types     (DoorstepCompany *self);

/* A service the business offers, for the request form. */
#define DOORSTEP_TYPE_SERVICE_TYPE (doorstep_service_type_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepServiceType, doorstep_service_type, DOORSTEP, SERVICE_TYPE, GObject)

const char   *doorstep_service_type_get_id           (DoorstepServiceType *self);
const char   *doorstep_service_type_get_name         (DoorstepServiceType *self);

typedef struct {
  char      *title;
  char      *technician_name;
  GDateTime *starts_at;
  GDateTime *ends_at;
} DoorstepVisitSummary;

#define DOORSTEP_TYPE_DASHBOARD (doorstep_dashboard_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepDashboard, doorstep_dashboard, DOORSTEP, DASHBOARD, GObject)

DoorstepDashboard *doorstep_dashboard_new_from_json  (JsonObject *object,
                                                      GError    **error);
const char   *doorstep_dashboard_get_customer_id     (DoorstepDashboard *self);
const char   *doorstep_dashboard_get_customer_name   (DoorstepDashboard *self);
GListModel   *doorstep_dashboard_get_properties      (DoorstepDashboard *self);
guint         doorstep_dashboard_get_open_quotes     (DoorstepDashboard *self);
gint64        doorstep_dashboard_get_open_quotes_total (DoorstepDashboard *self);
const DoorstepVisitSummary *doorstep_dashboard_get_next_visit (DoorstepDashboard *self);
gint64        doorstep_dashboard_get_balance_due     (DoorstepDashboard *self);
guint         doorstep_dashboard_get_overdue_count   (DoorstepDashboard *self);
guint         doorstep_dashboard_get_open_requests   (DoorstepDashboard *self);
const char   *doorstep_dashboard_get_currency        (DoorstepDashboard *self);

#define DOORSTEP_TYPE_CUSTOMER (doorstep_customer_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCustomer, doorstep_customer, DOORSTEP, CUSTOMER, GObject)

GObject      *doorstep_customer_new_from_json        (JsonObject  *object,
                                                      GError     **error);
const char   *doorstep_customer_get_id               (DoorstepCustomer *self);
const char   *doorstep_customer_get_display_name     (DoorstepCustomer *self);
const char   *doorstep_customer_get_email            (DoorstepCustomer *self);
const char   *doorstep_customer_get_phone            (DoorstepCustomer *self);
const char   *doorstep_customer_get_city             (DoorstepCustomer *self);
guint         doorstep_customer_get_property_count   (DoorstepCustomer *self);

#define DOORSTEP_TYPE_SERVICE_REQUEST (doorstep_service_request_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepServiceRequest, doorstep_service_request, DOORSTEP, SERVICE_REQUEST, GObject)

GObject      *doorstep_service_request_new_from_json (JsonObject  *object,
                                                      GError     **error);
const char   *doorstep_service_request_get_id        (DoorstepServiceRequest *self);
DoorstepRequestKind doorstep_service_request_get_kind (DoorstepServiceRequest *self);
const char   *doorstep_service_request_get_service_name (DoorstepServiceRequest *self);
const char   *doorstep_service_request_get_property_label (DoorstepServiceRequest *self);
const char   *doorstep_service_request_get_description (DoorstepServiceRequest *self);
DoorstepRequestStatus doorstep_service_request_get_status (DoorstepServiceRequest *self);

/* A demo account a demo server offers on its sign-in page. */
typedef struct {
  char         *email;
  char         *display_name;
  DoorstepRole  role;
} DoorstepDemoAccount;

#define DOORSTEP_TYPE_HEALTH (doorstep_health_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepHealth, doorstep_health, DOORSTEP, HEALTH, GObject)

DoorstepHealth *doorstep_health_new_from_json        (JsonObject *object,
                                                      GError    **error);
const char   *doorstep_health_get_version            (DoorstepHealth *self);
const char   *doorstep_health_get_demo_password      (DoorstepHealth *self);
const DoorstepDemoAccount *doorstep_health_get_demo_accounts (DoorstepHealth *self,
                                                      guint          *n_accounts);

/* One page of a paginated list: its items and the cursor of the next. */
typedef GObject *(*DoorstepItemParser) (JsonObject *object, GError **error);

#define DOORSTEP_TYPE_PAGE (doorstep_page_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepPage, doorstep_page, DOORSTEP, PAGE, GObject)

DoorstepPage *doorstep_page_new_from_json            (JsonObject         *object,
                                                      GType               item_type,
                                                      DoorstepItemParser  parser,
                                                      GError            **error);
GListModel   *doorstep_page_get_items                (DoorstepPage *self);
const char   *doorstep_page_get_next_cursor          (DoorstepPage *self);

G_END_DECLS
