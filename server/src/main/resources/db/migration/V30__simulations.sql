-- Simulations started through POST /api/v1/simulations (issue 5). The request (with its inline
-- CSV inputs) is stored before the 201 answer, so a simulation still RUNNING after a crash is run
-- again at start-up; the report and the plot are stored when it ends.
create table simulation (
  id          text primary key,
  level       text not null check (level in ('pool', 'federation')),
  status      text not null check (status in ('RUNNING', 'DONE', 'FAILED')),
  request     jsonb not null,
  report      jsonb,
  plot_svg    text,
  error       text,
  created_at  timestamptz not null,
  finished_at timestamptz
);
create index simulation_running on simulation (created_at) where status = 'RUNNING';
