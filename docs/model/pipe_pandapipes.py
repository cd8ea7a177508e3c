"""Cross-check of heat-twin's connection pipe against pandapipes (docs/model/pipe.md §7).

Not a dependency of heat-twin: run it by hand in a virtual environment outside the repository,

    python3 -m venv /tmp/venv-pipe && /tmp/venv-pipe/bin/pip install pandapipes
    /tmp/venv-pipe/bin/python docs/model/pipe_pandapipes.py

It builds one pipe per case (external grid at the inlet fixing pressure and temperature, a sink
at the outlet fixing the mass flow), solves it with pandapipes, and prints pandapipes' pressure
gradient (Colebrook-White and Swamee-Jain friction) and, for the heat cases, its outlet
temperature and heat loss. The figures are recorded in docs/model/pipe.md §7 and in
crates/model/tests/pipe.rs.
"""

import math

import pandapipes as pp

# (name, DN, inner diameter mm, mass flow kg/s, water temperature °C); k = 0.05 mm, 1 km.
HYDRAULIC_CASES = [
    ("DN50 0.5 kg/s 40 °C", 50, 54.5, 0.5, 40.0),
    ("DN100 10 kg/s 70 °C", 100, 107.1, 10.0, 70.0),
    ("DN200 34.1243 kg/s 62.5 °C", 200, 210.1, 34.1243, 62.5),
    ("DN400 150 kg/s 80 °C", 400, 393.8, 150.0, 80.0),
]

# (name, DN, inner diameter mm, U W/(m K), mass flow kg/s, inlet °C, ground °C, length km)
HEAT_CASES = [
    ("DN200 S2 34.1243 kg/s 80 °C, 1 km", 200, 210.1, 0.321, 34.1243, 80.0, 13.4, 1.0),
    ("DN200 S2 3.41 kg/s 80 °C, 5 km", 200, 210.1, 0.321, 3.41243, 80.0, 13.4, 5.0),
    ("DN100 S1 1 kg/s 70 °C, 10 km", 100, 107.1, 0.276, 1.0, 70.0, 10.0, 10.0),
]

ROUGHNESS_MM = 0.05


def one_pipe(d_mm, mdot, t_c, length_km, u_w_per_m_k=0.0, ground_c=None):
    net = pp.create_empty_network(fluid="water")
    t_k = t_c + 273.15
    j1 = pp.create_junction(net, pn_bar=10.0, tfluid_k=t_k)
    j2 = pp.create_junction(net, pn_bar=10.0, tfluid_k=t_k)
    pp.create_ext_grid(net, j1, p_bar=10.0, t_k=t_k, type="pt")
    # pandapipes' heat term is alpha·π·D_outer per metre: with D_outer = D_inner, the per-metre
    # coefficient U of heat-twin is alpha = U / (π·D).
    alpha = u_w_per_m_k / (math.pi * d_mm / 1000.0)
    pp.create_pipe_from_parameters(
        net, j1, j2, length_km=length_km, inner_diameter_mm=d_mm, outer_diameter_mm=d_mm,
        k_mm=ROUGHNESS_MM, u_w_per_m2k=alpha,
        text_k=(ground_c + 273.15) if ground_c is not None else t_k,
    )
    pp.create_sink(net, j2, mdot_kg_per_s=mdot)
    return net


def water_properties():
    """heat-twin's water formulas (Kell density, Vogel viscosity) against pandapipes' tables."""
    fluid = pp.create_empty_network(fluid="water").fluid
    print("Water: heat-twin formula vs pandapipes table")
    for t_c in (20.0, 40.0, 60.0, 70.0, 80.0, 90.0):
        t = t_c
        rho = (999.83952 + 16.945176 * t - 7.9870401e-3 * t**2 - 46.170461e-6 * t**3
               + 105.56302e-9 * t**4 - 280.54253e-12 * t**5) / (1 + 16.879850e-3 * t)
        mu = 0.02939e-3 * math.exp(507.88 / (t + 273.15 - 149.3))
        rho_pp = float(fluid.get_density(t_c + 273.15))
        mu_pp = float(fluid.get_viscosity(t_c + 273.15))
        cp_pp = float(fluid.get_heat_capacity(t_c + 273.15))
        print(f"{t_c:5.1f} °C: rho {rho:.2f} vs {rho_pp:.2f} ({100 * (rho / rho_pp - 1):+.3f} %), "
              f"mu {mu:.4e} vs {mu_pp:.4e} ({100 * (mu / mu_pp - 1):+.2f} %), cp_pp {cp_pp:.1f}")


def main():
    water_properties()
    print("Hydraulics: pressure gradient, Pa/m (1 km pipe, k 0.05 mm)")
    for name, dn, d, mdot, t in HYDRAULIC_CASES:
        row = [name]
        for model in ("colebrook", "swamee-jain"):
            net = one_pipe(d, mdot, t, 1.0)
            pp.pipeflow(net, mode="hydraulics", friction_model=model,
                        tolerance_colebrook=1e-10, max_iter_colebrook=200)
            dp_pa = (net.res_pipe.p_from_bar[0] - net.res_pipe.p_to_bar[0]) * 1e5
            v = net.res_pipe.v_mean_m_per_s[0]
            re = net.res_pipe.reynolds[0]
            row.append(f"{model}: {dp_pa / 1000.0:.4f} Pa/m (v {v:.4f} m/s, Re {re:.0f})")
        print(" | ".join(row))
    print("Heat: outlet temperature and loss of one pipe")
    for name, dn, d, u, mdot, t_in, t_g, length in HEAT_CASES:
        net = one_pipe(d, mdot, t_in, length, u, t_g)
        pp.pipeflow(net, mode="sequential", friction_model="colebrook")
        t_out = net.res_junction.t_k[1] - 273.15
        cp = net.fluid.get_heat_capacity(0.5 * (t_in + t_out) + 273.15)
        loss_kw = mdot * cp * (t_in - t_out) / 1000.0
        print(f"{name}: T_out {t_out:.5f} °C, cp {float(cp):.1f} J/(kg K), loss {float(loss_kw):.4f} kW")


if __name__ == "__main__":
    main()
