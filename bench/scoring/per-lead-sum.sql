-- A plain per-lead sum of the default model's activity points: no order, no decay, no stages.
CREATE TEMP TABLE rule_points (activity TEXT PRIMARY KEY, points INTEGER NOT NULL);
INSERT INTO rule_points VALUES
  ('blog_subscribe', 5),
  ('whitepaper_download', 10),
  ('ebook_download', 15),
  ('webinar_no_show', 5),
  ('webinar_attended', 15),
  ('webinar_on_demand', 10),
  ('blog_read', 10),
  ('resource_center_visit', 8),
  ('about_page_visit', 5),
  ('email_open', 5),
  ('email_click', 10),
  ('email_forward', 12),
  ('social_follow', 5),
  ('social_engage', 8),
  ('social_share', 10),
  ('comparison_download', 25),
  ('product_webinar', 20),
  ('roi_calculator', 20),
  ('product_login', 5),
  ('feature_used', 5),
  ('teammate_invited', 15),
  ('usage_limit_reached', 20);
CREATE TEMP TABLE points (activity_id INTEGER PRIMARY KEY, points INTEGER NOT NULL);
INSERT INTO points SELECT t.id, r.points FROM activity_types t JOIN rule_points r ON r.activity = t.key;
CREATE TEMP TABLE lead_points AS
  SELECT e.lead_id, SUM(p.points) AS points FROM events e JOIN points p ON p.activity_id = e.activity_id
  GROUP BY e.lead_id;
SELECT COUNT(*), SUM(points) FROM lead_points;
